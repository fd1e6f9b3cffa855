import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { lockUnitCartCompletion } from "./cart-lock"
import { requireApprovalDecider, requireApprovalRequester } from "./roles"
import {
  StoreCreateUnitApproval,
  StoreListUnitApprovalsParams,
  StoreRejectUnitApproval,
} from "./validators"

/**
 * /store/units/me/approvals (after the unit scope): 采购员 and 管理员 request,
 * 审批人 and 管理员 decide; every member lists (a requester sees their own,
 * deciders the unit's). And a unit member's cart completion under the
 * unit's spending lock.
 */
export const storeUnitApprovalMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/approvals",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListUnitApprovalsParams, {})],
  },
  {
    matcher: "/store/units/me/approvals",
    methods: ["POST"],
    middlewares: [requireApprovalRequester, validateAndTransformBody(StoreCreateUnitApproval)],
  },
  {
    matcher: "/store/units/me/approvals/:id/approve",
    methods: ["POST"],
    middlewares: [requireApprovalDecider],
  },
  {
    matcher: "/store/units/me/approvals/:id/reject",
    methods: ["POST"],
    middlewares: [requireApprovalDecider, validateAndTransformBody(StoreRejectUnitApproval)],
  },
  {
    matcher: "/store/carts/:id/complete",
    methods: ["POST"],
    middlewares: [lockUnitCartCompletion],
  },
]
