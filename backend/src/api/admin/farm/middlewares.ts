import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
  FarmStatementParams,
  FarmVariantBody,
} from "./validators"

/**
 * Validation of the farm routes (/admin/farm*). Who may call them and for
 * which farm is decided before, by the farm-scope middleware (farm-scope.ts).
 */
export const adminFarmMiddlewares: MiddlewareRoute[] = [
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
]
