import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../../../types/http/common"
import { listQueryConfig } from "../../../../utils/query-config"
import type { UnitRequest } from "../../unit-scope"
import { StoreListBulkOrdersParams } from "./validators"

/**
 * Placing a bulk order: a 采购员 or 管理员 of a verified unit (403 in Chinese
 * otherwise; a disabled unit is already refused every write by the unit scope).
 */
export function requireBulkBuyer(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (!membership || (membership.role !== "buyer" && membership.role !== "admin")) {
    res.status(403).json({ type: "not_allowed", message: "只有单位的采购员或管理员可以批量下单" })
    return
  }
  if (membership.unit_status !== "verified") {
    res.status(403).json({ type: "not_allowed", message: "单位尚未通过认证，暂不能批量下单" })
    return
  }
  next()
}

/**
 * /store/units/me/bulk-orders (after the unit scope of /store/units/me*):
 * every member reads the unit's bulk orders; 采购员 and 管理员 create.
 */
export const storeBulkOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/bulk-orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListBulkOrdersParams, listQueryConfig)],
  },
  {
    matcher: "/store/units/me/bulk-orders",
    methods: ["POST"],
    middlewares: [requireBulkBuyer],
  },
]
