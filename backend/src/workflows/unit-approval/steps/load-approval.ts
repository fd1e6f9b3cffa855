import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitApprovalKind, UnitApprovalStatus } from "../../../types/http/unit-approval"

export type LoadedApproval = {
  id: string
  unit_id: string
  kind: UnitApprovalKind
  status: UnitApprovalStatus
  cart_id: string | null
  input: Record<string, unknown> | null
  requested_by: string
  order_ids: string[] | null
  bulk_order_id: string | null
}

export const loadApprovalStepId = "load-unit-approval"

/**
 * The unit's approval request (404 for another unit's): pending to be
 * decided; already placed only when `placed_ok` (approving twice places once);
 * a rejected or withdrawn one, or a placed one to reject, is a 400.
 */
export const loadApprovalStep = createStep(
  loadApprovalStepId,
  async (data: { unit_id: string; id: string; placed_ok: boolean }, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const [approval] = await units.listUnitApprovals(
      { id: data.id, unit_id: data.unit_id },
      { take: 1 }
    )
    if (!approval) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `审批申请 ${data.id} 不存在`)
    }
    if (approval.status === "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "该申请已被驳回，不能再审批")
    }
    if (approval.status === "withdrawn") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `该申请已撤回（${approval.reason ?? "报价已变更"}），不能再审批`
      )
    }
    if (approval.status === "placed" && !data.placed_ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "该申请已批准并下单，不能驳回")
    }
    const loaded: LoadedApproval = {
      id: approval.id,
      unit_id: approval.unit_id,
      kind: approval.kind,
      status: approval.status,
      cart_id: approval.cart_id,
      input: approval.input as Record<string, unknown> | null,
      requested_by: approval.requested_by,
      order_ids: approval.order_ids as unknown as string[] | null,
      bulk_order_id: approval.bulk_order_id,
    }
    return new StepResponse(loaded)
  }
)
