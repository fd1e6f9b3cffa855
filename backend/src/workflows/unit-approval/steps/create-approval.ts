import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type {
  UnitApprovalKind,
  UnitApprovalLine,
  UnitApprovalReason,
  UnitApprovalRecipient,
} from "../../../types/http/unit-approval"

export type CreateApprovalInput = {
  unit_id: string
  kind: UnitApprovalKind
  amount: string
  reasons: UnitApprovalReason[]
  summary: { lines: UnitApprovalLine[]; recipients: UnitApprovalRecipient[] }
  cart_id: string | null
  input: Record<string, unknown> | null
  note: string | null
  requested_by: string
}

export const createApprovalStepId = "create-unit-approval"

/** Records a pending approval request; removed again when a later step fails. */
export const createApprovalStep = createStep(
  createApprovalStepId,
  async (data: CreateApprovalInput, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const approval = await units.createUnitApprovals({ ...data, status: "pending" })
    return new StepResponse({ id: approval.id }, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).deleteUnitApprovals(id)
  }
)
