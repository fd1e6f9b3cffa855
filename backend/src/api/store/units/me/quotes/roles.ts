import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../../../types/http/common"
import type { UnitMemberRole } from "../../../../../types/http/unit"
import type { UnitRequest } from "../../unit-scope"

/** Who asks for quotes: those who place orders (采购员, 管理员). */
export const QUOTE_REQUESTERS: UnitMemberRole[] = ["buyer", "admin"]
/** Who accepts or declines: those who place orders, and the 审批人 (approval counts as given). */
export const QUOTE_DECIDERS: UnitMemberRole[] = ["buyer", "admin", "approver"]

const only =
  (roles: UnitMemberRole[], message: string) =>
  (req: MedusaRequest, res: MedusaResponse<ErrorResponse>, next: MedusaNextFunction) => {
    const membership = (req as UnitRequest).unit_membership
    if (!membership || !roles.includes(membership.role)) {
      res.status(403).json({ type: "not_allowed", message })
      return
    }
    if (membership.unit_status !== "verified") {
      res.status(403).json({ type: "not_allowed", message: "单位尚未通过认证，不能询价" })
      return
    }
    next()
  }

export const requireQuoteRequester = only(QUOTE_REQUESTERS, "只有单位采购员或管理员可以询价")
export const requireQuoteDecider = only(
  QUOTE_DECIDERS,
  "只有单位采购员、审批人或管理员可以接受或拒绝报价"
)
