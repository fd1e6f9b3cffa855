import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VERIFIED_UNITS_GROUP_NAME } from "../../../types/http/unit-prices"

/** The 已认证单位 customer group's id, created when it is missing (`created` says so). */
export async function findOrCreateVerifiedUnitsGroup(
  customers: ICustomerModuleService
): Promise<{ id: string; created: boolean }> {
  const find = async () =>
    (await customers.listCustomerGroups({ name: VERIFIED_UNITS_GROUP_NAME }, { take: 1 }))[0]
  const existing = await find()
  if (existing) return { id: existing.id, created: false }
  try {
    const group = await customers.createCustomerGroups({
      name: VERIFIED_UNITS_GROUP_NAME,
      metadata: { verified_units: true },
    })
    return { id: group.id, created: true }
  } catch (error) {
    // another unit's verification created it at the same moment (group names are unique)
    const raced = await find()
    if (raced) return { id: raced.id, created: false }
    throw error
  }
}

export type VerifiedUnitsGroupChange = { add?: string[]; remove?: string[] }

type Undo = { group_id: string; created: boolean; added: string[]; removed: string[] }

export const syncVerifiedUnitsGroupStepId = "sync-verified-units-group"

/**
 * Members of a verified unit join the shared 已认证单位 customer group (the
 * rule of the unit price list); members of a disabled unit, and removed
 * members, leave it. Only real changes are made (a customer already in the
 * group is not added twice) and exactly those are undone on failure.
 */
export const syncVerifiedUnitsGroupStep = createStep(
  syncVerifiedUnitsGroupStepId,
  async (change: VerifiedUnitsGroupChange, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const group = await findOrCreateVerifiedUnitsGroup(customers)
    const ids = [...(change.add ?? []), ...(change.remove ?? [])]
    const inGroup = new Set(
      ids.length
        ? (
            await customers.listCustomerGroupCustomers(
              { customer_group_id: group.id, customer_id: ids },
              { select: ["customer_id"] }
            )
          ).map((gc) => gc.customer_id)
        : []
    )
    const added = [...new Set(change.add ?? [])].filter((id) => !inGroup.has(id))
    const removed = [...new Set(change.remove ?? [])].filter((id) => inGroup.has(id))
    if (added.length) {
      await customers.addCustomerToGroup(
        added.map((customer_id) => ({ customer_id, customer_group_id: group.id }))
      )
    }
    if (removed.length) {
      await customers.removeCustomerFromGroup(
        removed.map((customer_id) => ({ customer_id, customer_group_id: group.id }))
      )
    }
    const undo: Undo = { group_id: group.id, created: group.created, added, removed }
    return new StepResponse(group.id, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const pairs = (ids: string[]) =>
      ids.map((customer_id) => ({ customer_id, customer_group_id: undo.group_id }))
    if (undo.added.length) await customers.removeCustomerFromGroup(pairs(undo.added))
    if (undo.removed.length) await customers.addCustomerToGroup(pairs(undo.removed))
    if (undo.created) await customers.deleteCustomerGroups([undo.group_id])
  }
)
