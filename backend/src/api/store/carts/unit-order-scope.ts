import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../types/http/common"
import type { UnitRequest } from "../units/unit-scope"

/**
 * A unit order's 采购单号 and 备注 are written by a 管理员 or 采购员 of a
 * verified unit (after `unitScope`, which answers 404 to non-members): a
 * pending unit's members, and its 财务, get a 403 with the reason.
 */
export function verifiedUnitBuyer(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (!membership || membership.unit_status !== "verified") {
    res.status(403).json({ type: "not_allowed", message: "单位通过认证后才能填写采购单号" })
    return
  }
  if (membership.role !== "admin" && membership.role !== "buyer") {
    res.status(403).json({ type: "not_allowed", message: "只有单位管理员或采购员可以填写采购单号" })
    return
  }
  next()
}
