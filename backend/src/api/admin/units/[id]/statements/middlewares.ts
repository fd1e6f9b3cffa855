import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminIssueUnitStatement } from "./validators"

/** The support team issues and reprints units' statements (farm accounts: 403, farm-scope.ts). */
export const adminUnitStatementMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/units/:id/statements",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminIssueUnitStatement)],
  },
]
