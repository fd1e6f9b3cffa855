import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import type { RemittanceCreditInput } from "../../../modules/remittance/service"

export type UpdateCreditInput = RemittanceCreditInput & { id: string }

export const updateRemittanceCreditStepId = "update-remittance-credit"

const FIELDS = [
  "status",
  "reason",
  "reference",
  "target_kind",
  "target_id",
  "expected_amount",
  "expected_payer",
  "captured_amount",
  "payment_ids",
  "confirmed_by",
  "confirmed_at",
] as const

/** Changes a credit's match (status, target, captures, confirmation). Compensation restores it. */
export const updateRemittanceCreditStep = createStep(
  updateRemittanceCreditStepId,
  async (input: UpdateCreditInput, { container }) => {
    const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    const before = await remittance.retrieveRemittanceCredit(input.id)
    const previous: UpdateCreditInput = { id: before.id }
    for (const field of FIELDS) Object.assign(previous, { [field]: before[field] ?? null })
    for (const field of ["expected_amount", "captured_amount"] as const)
      previous[field] = before[field] === null ? null : MathBN.convert(before[field]).toFixed(2)
    await remittance.updateRemittanceCredits(input)
    return new StepResponse({ id: input.id }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .updateRemittanceCredits(previous)
  }
)
