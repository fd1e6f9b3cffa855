import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireUnitFinance } from "../report-roles"
import { StoreCreateUnitInvoiceRequest, StoreUnitInvoiceRequestsParams } from "./validators"

/**
 * /store/units/me/invoice-requests (after the unit scope): the unit's 发票
 * requests, for its 管理员 and 财务 only (采购员 403); a request of another
 * unit is no request of this one (404).
 */
export const storeUnitInvoiceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/units/me/invoice-requests*", middlewares: [requireUnitFinance] },
  {
    matcher: "/store/units/me/invoice-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreUnitInvoiceRequestsParams, {})],
  },
  {
    matcher: "/store/units/me/invoice-requests",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateUnitInvoiceRequest)],
  },
]
