import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { farmScope } from "../../farm-scope"
import { auditStockEdits } from "./stock-edits-audit"
import {
  FarmAuditParams,
  FarmBatchBody,
  FarmEntriesParams,
  FarmInventoryBody,
  FarmListParams,
  FarmOrderLinesParams,
  FarmPartnerParams,
  FarmPresaleBody,
  FarmShipmentBody,
  FarmStaffBody,
  FarmStatementParams,
  FarmVariantBody,
} from "./validators"

/**
 * Farm accounts: the one scope middleware for every /admin request, then
 * validation of the farm routes and of the partner staff routes.
 */
export const farmMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [farmScope] },
  {
    matcher: "/admin/farm",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmPartnerParams, {})],
  },
  {
    matcher: "/admin/farm/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmPartnerParams, {})],
  },
  {
    matcher: "/admin/farm/products/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmPartnerParams, {})],
  },
  {
    matcher: "/admin/farm/products/:id/presale",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmPresaleBody)],
  },
  {
    matcher: "/admin/farm/inventory",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmInventoryBody)],
  },
  {
    matcher: "/admin/farm/variants/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmVariantBody)],
  },
  {
    matcher: "/admin/farm/batches",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmListParams, {})],
  },
  {
    matcher: "/admin/farm/batches",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmBatchBody)],
  },
  {
    matcher: "/admin/farm/order-lines",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmOrderLinesParams, {})],
  },
  {
    matcher: "/admin/farm/shipments",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmShipmentBody)],
  },
  {
    matcher: "/admin/farm/audit",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmAuditParams, {})],
  },
  {
    matcher: "/admin/farm/entries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmEntriesParams, {})],
  },
  {
    matcher: "/admin/farm/statement",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(FarmStatementParams, {})],
  },
  {
    matcher: "/admin/partners/:id/staff",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(FarmStaffBody)],
  },
  // stock set on Medusa's own inventory pages is audited for the farms too
  {
    matcher: "/admin/inventory-items/:id/location-levels",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/:id/location-levels/batch",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/:id/location-levels/:location_id",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/location-levels/batch",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
]
