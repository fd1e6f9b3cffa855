import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminUnitApprovalParams } from "./validators"

/** The support team's overview of units' approval requests (a farm account: 403, farm-scope.ts). */
export const adminUnitApprovalMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/unit-approvals",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminUnitApprovalParams, {})],
  },
]
