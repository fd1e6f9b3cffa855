import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitApprovalStatus } from "../../../types/http/unit-approval"

export type SetApprovalStatusInput = {
  id: string
  status: UnitApprovalStatus
  decided_by?: string | null
  reason?: string | null
  order_ids?: string[] | null
  bulk_order_id?: string | null
}

const FIELDS = [
  "status",
  "decided_by",
  "decided_at",
  "reason",
  "order_ids",
  "bulk_order_id",
] as const

export const setApprovalStatusStepId = "set-unit-approval-status"

/** Writes a decision (or what was placed); the previous values come back when a later step fails. */
export const setApprovalStatusStep = createStep(
  setApprovalStatusStepId,
  async (data: SetApprovalStatusInput, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const before = await units.retrieveUnitApproval(data.id, { select: ["id", ...FIELDS] })
    const decided = data.decided_by !== undefined ? { decided_at: new Date() } : {}
    await units.updateUnitApprovals({ ...data, ...decided })
    return new StepResponse({ id: data.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    await units.updateUnitApprovals({
      id: before.id,
      status: before.status,
      decided_by: before.decided_by,
      decided_at: before.decided_at,
      reason: before.reason,
      order_ids: before.order_ids as string[] | null,
      bulk_order_id: before.bulk_order_id,
    })
  }
)
