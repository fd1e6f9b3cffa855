import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

/**
 * The changes of one unit (status, members, group) run one at a time: two
 * 管理员 demoting each other at once would otherwise both pass the "last
 * 管理员" check, and a member added while the unit is disabled could stay in
 * its group. A change waits up to 5 s for the one before it (then 409).
 */
export function lockUnit(input: { unit_id: string } | WorkflowData<{ unit_id: string }>) {
  const key = transform({ input }, ({ input }) => `unit:${input.unit_id}`)
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  return () => releaseLockStep({ key })
}
