import type { UnitMemberRole } from "../../../../../types/http/unit"
import { onlyUnitRoles } from "../approvals/roles"

/** Who asks for quotes: those who place orders (采购员, 管理员). */
export const QUOTE_REQUESTERS: UnitMemberRole[] = ["buyer", "admin"]
/** Who accepts or declines: those who place orders, and the 审批人 (approval counts as given). */
export const QUOTE_DECIDERS: UnitMemberRole[] = ["buyer", "admin", "approver"]

const UNVERIFIED = "单位尚未通过认证，不能询价"

export const requireQuoteRequester = onlyUnitRoles(
  QUOTE_REQUESTERS,
  "只有单位采购员或管理员可以询价",
  UNVERIFIED
)
export const requireQuoteDecider = onlyUnitRoles(
  QUOTE_DECIDERS,
  "只有单位采购员、审批人或管理员可以接受或拒绝报价",
  UNVERIFIED
)
