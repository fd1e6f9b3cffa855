import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireStockLock, releaseStockLock } from "./adjust-stock"
import { stockLockKeys } from "./stock-lock"
import { applyStockChangesStep } from "./steps/apply-stock-changes"
import { checkLowStockStep } from "./steps/check-low-stock"
import { createBatchStep, type CreateBatchInput } from "./steps/create-batch"
import { recordStockAuditStep } from "./steps/record-stock-audit"

/**
 * A harvest batch (采收批次) arrives: the batch is recorded and its quantity
 * added to the variant's stock at the farm, audited as "batch"; all or nothing.
 */
export const recordHarvestBatchWorkflow = createWorkflow(
  "record-farm-harvest-batch",
  (input: CreateBatchInput) => {
    const keys = transform({ input }, ({ input }) =>
      stockLockKeys(input.location_id, [input.inventory_item_id])
    )
    const owner = acquireStockLock(keys)
    const batch = createBatchStep(input)
    const applied = applyStockChangesStep(
      transform({ input }, ({ input }) => ({
        location_id: input.location_id,
        changes: [
          {
            variant_id: input.variant_id,
            product_id: input.product_id,
            inventory_item_id: input.inventory_item_id,
            mode: "adjust" as const,
            quantity: input.quantity,
          },
        ],
      }))
    )
    recordStockAuditStep(
      transform({ input, applied, batch }, ({ input, applied, batch }) => ({
        partner_id: input.partner_id,
        reason: "batch" as const,
        actor_id: input.created_by,
        reference_id: batch.id,
        note: `批次 ${input.batch_code}`,
        changes: applied,
      }))
    )
    releaseStockLock(keys, owner)
    checkLowStockStep(
      transform({ input }, ({ input }) => ({
        partner_id: input.partner_id,
        location_id: input.location_id,
        items: [{ variant_id: input.variant_id, inventory_item_id: input.inventory_item_id }],
      }))
    )
    return new WorkflowResponse(batch)
  }
)
