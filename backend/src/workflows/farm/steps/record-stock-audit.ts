import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"
import type { FarmStockReason } from "../../../types/http/farm"
import type { AppliedStockChange } from "./apply-stock-changes"

export type RecordStockAuditInput = {
  partner_id: string
  reason: FarmStockReason
  actor_id: string | null
  reference_id?: string | null
  note?: string | null
  changes: AppliedStockChange[]
}

export const recordStockAuditStepId = "record-farm-stock-audit"

/** Writes one audit entry per stock change (unchanged levels included when set explicitly); compensation removes them. */
export const recordStockAuditStep = createStep(
  recordStockAuditStepId,
  async (input: RecordStockAuditInput, { container }) => {
    const farm = container.resolve<FarmModuleService>(FARM_MODULE)
    if (!input.changes.length) return new StepResponse([], [] as string[])
    const created = await farm.createFarmStockAudits(
      input.changes.map((change) => ({
        partner_id: input.partner_id,
        product_id: change.product_id,
        variant_id: change.variant_id,
        inventory_item_id: change.inventory_item_id,
        location_id: change.location_id,
        reason: input.reason,
        before: change.before,
        after: change.after,
        delta: change.delta,
        actor_type: input.actor_id ? "user" : "system",
        actor_id: input.actor_id,
        reference_id: input.reference_id ?? null,
        note: input.note ?? null,
      }))
    )
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmStockAudits(ids)
  }
)
