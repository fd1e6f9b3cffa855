import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { parseFen } from "../../shared/money"
import { checkPurchaseApproval } from "../unit-approval/check"

/**
 * A unit member's cart the unit's approval policy holds (审批) is not
 * completed: the member is told to request approval. Placed by the approve
 * workflow under its approval, it goes through unless it now costs more than
 * was approved. A cart completed already (Medusa answers its order) passes.
 * The store's completion takes the unit's spending lock first
 * (api/store/units/me/approvals/cart-lock.ts), so the month's spending read
 * here cannot change until this order is placed.
 * Only a verified unit's policy holds its members' carts: before the support
 * team verifies a unit, nobody can ask for or give an approval
 * (api/store/units/me/approvals/roles.ts), and a unit anyone can apply for
 * must not be able to stop the checkout of the customers its 管理员 added.
 * A guest's cart (its customer has no account) has no unit: only customers
 * with an account become members (workflows/unit/steps/find-customer.ts).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const { id, customer_id, customer, completed_at, total } = cart as {
    id: string
    customer_id?: string | null
    customer?: { has_account?: boolean } | null
    completed_at?: unknown
    total?: unknown
  }
  if (completed_at || !customer_id || customer?.has_account === false) return
  const membership = await container
    .resolve<UnitModuleService>(UNIT_MODULE)
    .membershipOf(customer_id)
  if (membership?.unit_status !== "verified") return
  await checkPurchaseApproval(container, {
    unit_id: membership.unit_id,
    amount_fen: parseFen(String(total ?? 0)) ?? BigInt(0),
    cart_id: id,
  })
})
