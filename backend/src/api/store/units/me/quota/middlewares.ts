import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireUnitFinance, requireVerifiedUnit } from "../report-roles"
import { StoreUnitQuota, StoreUnitQuotaParams } from "./validators"

/** /store/units/me/quota (after the unit scope): every member reads; 管理员 and 财务 set it. */
export const storeUnitQuotaMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/quota",
    methods: ["GET"],
    middlewares: [requireVerifiedUnit, validateAndTransformQuery(StoreUnitQuotaParams, {})],
  },
  {
    matcher: "/store/units/me/quota",
    methods: ["PUT"],
    middlewares: [
      requireVerifiedUnit,
      requireUnitFinance,
      validateAndTransformBody(StoreUnitQuota),
    ],
  },
]
