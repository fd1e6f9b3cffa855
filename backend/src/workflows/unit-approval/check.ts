import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { parseFen } from "../../shared/money"
import { approvalNeed, approvalRequiredError } from "./spending"

export type PurchaseToCheck = {
  unit_id: string
  /** what the purchase costs now, recomputed by the server */
  amount_fen: bigint
  /** the approval the server places it under (bulk orders) */
  approval_id?: string | null
  /** a member's cart: placed under its approval when it has one */
  cart_id?: string | null
}

/**
 * Refuses a unit's purchase the unit's policy holds for approval. Under an
 * approval (being placed by the approve workflow), it passes unless it now
 * costs more than what was approved. Run under the unit's spending lock.
 */
export async function checkPurchaseApproval(
  container: MedusaContainer,
  purchase: PurchaseToCheck
): Promise<void> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const filter = purchase.approval_id
    ? { id: purchase.approval_id, unit_id: purchase.unit_id }
    : purchase.cart_id
      ? { cart_id: purchase.cart_id, unit_id: purchase.unit_id }
      : null
  if (filter) {
    const [approval] = await units.listUnitApprovals(
      { ...filter, status: "placed" },
      { select: ["id", "amount"], take: 1 }
    )
    if (approval) {
      const approved = parseFen(String(approval.amount)) ?? BigInt(0)
      if (purchase.amount_fen > approved) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "金额比审批时更高（价格或数量有变化），请驳回后重新提交审批"
        )
      }
      return
    }
    if (purchase.approval_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "该审批申请尚未批准")
    }
  }
  const need = await approvalNeed(container, purchase.unit_id, purchase.amount_fen)
  if (need.reasons.length) throw approvalRequiredError(need.reasons)
}
