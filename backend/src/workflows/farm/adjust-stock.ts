import { randomUUID } from "crypto"
import {
  createWorkflow,
  transform,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { FarmStockReason } from "../../types/http/farm"
import { applyStockChangesStep, type StockChange } from "./steps/apply-stock-changes"
import { checkLowStockStep } from "./steps/check-low-stock"
import { recordStockAuditStep } from "./steps/record-stock-audit"
import { STOCK_LOCK, stockLockKeys } from "./stock-lock"

export type AdjustFarmStockInput = {
  partner_id: string
  location_id: string
  actor_id: string | null
  reason: FarmStockReason
  reference_id?: string | null
  note?: string | null
  changes: StockChange[]
}

/**
 * Takes the locks of `keys` for this run (its owner, so a retried acquisition
 * of several keys never blocks itself); answers the owner, for the release.
 */
export function acquireStockLock(keys: WorkflowData<string[]>): WorkflowData<string> {
  const owner = transform({ keys }, (_, context: unknown) => {
    // at run time the transform's context carries the run's transaction, though its type says otherwise
    const run = context as { transaction?: { transactionId?: string } } | undefined
    return `farm-stock:${run?.transaction?.transactionId ?? randomUUID()}`
  })
  acquireLockStep({ key: keys, ownerId: owner, ...STOCK_LOCK, executeOnSubWorkflow: true })
  return owner
}

/** Releases the locks `acquireStockLock` took. */
export function releaseStockLock(keys: WorkflowData<string[]>, owner: WorkflowData<string>) {
  releaseLockStep({ key: keys, ownerId: owner, executeOnSubWorkflow: true })
}

/**
 * Sets or adjusts the stock of one or many variants at a farm's location in
 * one step: under a lock per level (concurrent changes queue, none is lost),
 * with an audit entry per change, all undone together on failure; then the
 * low-stock check.
 */
export const adjustFarmStockWorkflow = createWorkflow(
  "adjust-farm-stock",
  (input: AdjustFarmStockInput) => {
    const keys = transform({ input }, ({ input }) =>
      stockLockKeys(
        input.location_id,
        input.changes.map((c) => c.inventory_item_id)
      )
    )
    const owner = acquireStockLock(keys)
    const applied = applyStockChangesStep(
      transform({ input }, ({ input }) => ({
        location_id: input.location_id,
        changes: input.changes,
      }))
    )
    const audit = recordStockAuditStep(
      transform({ input, applied }, ({ input, applied }) => ({
        partner_id: input.partner_id,
        reason: input.reason,
        actor_id: input.actor_id,
        reference_id: input.reference_id ?? null,
        note: input.note ?? null,
        changes: applied,
      }))
    )
    releaseStockLock(keys, owner)
    checkLowStockStep(
      transform({ input }, ({ input }) => ({
        partner_id: input.partner_id,
        location_id: input.location_id,
        items: input.changes.map((c) => ({
          variant_id: c.variant_id,
          inventory_item_id: c.inventory_item_id,
        })),
      }))
    )
    return new WorkflowResponse({ changes: applied, audit })
  }
)
