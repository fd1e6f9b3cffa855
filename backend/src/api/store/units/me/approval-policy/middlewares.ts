import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireUnitRole } from "../../unit-scope"
import { StoreUnitApprovalPolicy } from "./validators"

/** /store/units/me/approval-policy (after the unit scope): every member reads, the 管理员 sets it. */
export const storeUnitApprovalPolicyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/approval-policy",
    methods: ["POST"],
    middlewares: [requireUnitRole("admin"), validateAndTransformBody(StoreUnitApprovalPolicy)],
  },
]
