import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_LOCK, unitBulkLockKey } from "../bulk-order/events"

/**
 * A unit's purchases that count against its approval policy run one at a
 * time: the lock is the one bulk-order creation takes (`unitBulkLockKey`),
 * and a member's cart completion takes it too (api/store/units/me/approvals/
 * cart-lock.ts), so two purchases at once cannot both slip under the monthly
 * amount. Waits up to 15 s (then 409).
 */
export function lockUnitSpending(input: { unit_id: string } | WorkflowData<{ unit_id: string }>) {
  const key = transform({ input }, ({ input }) => unitBulkLockKey(input.unit_id))
  acquireLockStep({ key, ...BULK_ORDER_LOCK })
  return () => releaseLockStep({ key })
}
