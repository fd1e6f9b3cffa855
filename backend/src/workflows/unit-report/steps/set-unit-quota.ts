import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_REPORT_MODULE, type UnitReportModuleService } from "../../../modules/unit-report"
import type { UnitQuotaBasis } from "../../../types/http/unit-report"

export type SetUnitQuotaStepInput = {
  unit_id: string
  year: number
  basis: UnitQuotaBasis
  amount: string
  per_member: string | null
  headcount: number | null
  updated_by: string | null
}

export const setUnitQuotaStepId = "set-unit-quota"

/**
 * Writes the unit's target for the year; on failure the previous target
 * comes back (or the new one is removed when there was none).
 */
export const setUnitQuotaStep = createStep(
  setUnitQuotaStepId,
  async (input: SetUnitQuotaStepInput, { container }) => {
    const service = container.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    const { quota, previous } = await service.setQuota(input)
    const restore = previous
      ? {
          id: previous.id,
          basis: previous.basis,
          amount: String(previous.amount),
          per_member: previous.per_member === null ? null : String(previous.per_member),
          headcount: previous.headcount,
          updated_by: previous.updated_by,
        }
      : null
    return new StepResponse(quota, { created: previous ? null : quota.id, restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    if (undo.created) await service.deleteAidQuotas([undo.created])
    if (undo.restore) await service.updateAidQuotas(undo.restore)
  }
)
