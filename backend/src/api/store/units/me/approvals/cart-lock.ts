import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import { queryRow } from "../../../../../utils/query"
import { BULK_ORDER_LOCK, unitBulkLockKey } from "../../../../../workflows/bulk-order/events"

/**
 * POST /store/carts/:id/complete of a unit member's cart (the cart's customer): the completion runs under
 * the unit's spending lock (the one bulk orders and approvals take), held
 * until the answer is sent, so the approval check of Medusa's
 * completeCartWorkflow (workflows/hooks/complete-cart-approval.ts) and the
 * order it places are one step for the month's spending: two carts at once
 * cannot both slip under the unit's monthly amount. Others pass unlocked.
 */
export async function lockUnitCartCompletion(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await queryRow<{ customer_id: string | null }>(query, {
    entity: "cart",
    fields: ["customer_id"],
    filters: { id: req.params.id },
  })
  const customerId = cart?.customer_id
  const membership = customerId
    ? await req.scope.resolve<UnitModuleService>(UNIT_MODULE).membershipOf(customerId)
    : null
  if (!membership) return next()
  const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
  try {
    await locking.execute(
      unitBulkLockKey(membership.unit_id),
      () =>
        new Promise<void>((resolve) => {
          res.once("finish", resolve)
          res.once("close", resolve)
          next()
        }),
      { timeout: BULK_ORDER_LOCK.timeout }
    )
  } catch (error) {
    if (!res.headersSent) next(error)
  }
}
