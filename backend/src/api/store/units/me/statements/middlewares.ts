import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireUnitFinance, requireVerifiedUnit } from "../report-roles"
import { StoreIssueUnitStatement } from "./validators"

/**
 * /store/units/me/statements (after the unit scope): 管理员 and 财务 of a
 * verified unit issue; every member lists and downloads the unit's own.
 */
export const storeUnitStatementMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/units/me/statements*", middlewares: [requireVerifiedUnit] },
  {
    matcher: "/store/units/me/statements",
    methods: ["POST"],
    middlewares: [requireUnitFinance, validateAndTransformBody(StoreIssueUnitStatement)],
  },
]
