import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../../types/http/common"
import type { UnitRequest } from "../unit-scope"

/**
 * The unit's quota and statements (after `unitScope`): members of a verified
 * unit only (a pending unit has no ledger of its own yet); writes — setting
 * the quota, issuing a statement — for its 管理员 and 财务 only.
 */
export function requireVerifiedUnit(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (membership?.unit_status === "pending") {
    res
      .status(403)
      .json({ type: "not_allowed", message: "单位尚未通过认证，认证后才能使用帮扶额度和对账单" })
    return
  }
  next()
}

export function requireUnitFinance(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (!membership || !["admin", "finance"].includes(membership.role)) {
    res.status(403).json({ type: "not_allowed", message: "只有单位管理员或财务可以进行此操作" })
    return
  }
  next()
}
