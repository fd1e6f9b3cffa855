import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../../../types/http/common"
import type { UnitMemberRole } from "../../../../../types/http/unit"
import type { UnitRequest } from "../../unit-scope"

/** Who decides a unit's approval requests: its 审批人 and 管理员. */
export const APPROVAL_DECIDERS: UnitMemberRole[] = ["approver", "admin"]
/** Who may request approval: those who place orders (采购员, 管理员). */
export const APPROVAL_REQUESTERS: UnitMemberRole[] = ["buyer", "admin"]

/**
 * Only members of a verified unit with one of `roles` go on (403 with
 * `message`, or `unverified` for a unit not verified); after the unit scope.
 */
export const onlyUnitRoles =
  (roles: UnitMemberRole[], message: string, unverified = "单位尚未通过认证，不能提交或审批采购") =>
  (req: MedusaRequest, res: MedusaResponse<ErrorResponse>, next: MedusaNextFunction) => {
    const membership = (req as UnitRequest).unit_membership
    if (!membership || !roles.includes(membership.role)) {
      res.status(403).json({ type: "not_allowed", message })
      return
    }
    if (membership.unit_status !== "verified") {
      res.status(403).json({ type: "not_allowed", message: unverified })
      return
    }
    next()
  }

export const requireApprovalDecider = onlyUnitRoles(
  APPROVAL_DECIDERS,
  "只有单位审批人或管理员可以审批"
)
export const requireApprovalRequester = onlyUnitRoles(
  APPROVAL_REQUESTERS,
  "只有单位采购员或管理员可以提交审批申请"
)
