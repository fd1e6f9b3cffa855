import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import type { RemittanceStatus } from "../../../types/http/remittances"

export type LoadCreditInput = {
  id: string
  /** the statuses the action is allowed from */
  allowed: RemittanceStatus[]
  /** what the action is, for the refusal */
  action: string
}

export type LoadedCredit = {
  id: string
  amount: string
  payer_name: string
  paid_on: string
  bank_serial: string | null
  reference: string | null
  status: RemittanceStatus
}

export const loadRemittanceCreditStepId = "load-remittance-credit"

/** A credit a person acts on (confirm, match), refused (400) unless its status allows it. Reads only. */
export const loadRemittanceCreditStep = createStep(
  loadRemittanceCreditStepId,
  async (input: LoadCreditInput, { container }) => {
    const [credit] = await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .listRemittanceCredits({ id: input.id }, { take: 1 })
    if (!credit)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No remittance with id ${input.id}`)
    if (!input.allowed.includes(credit.status))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Remittance ${credit.id} is ${credit.status}: only a remittance that is ${input.allowed.join(" or ")} can be ${input.action} (状态为 ${credit.status} 的汇款不能执行此操作)`
      )
    return new StepResponse<LoadedCredit>({
      id: credit.id,
      amount: MathBN.convert(credit.amount).toFixed(2),
      payer_name: credit.payer_name,
      paid_on: credit.paid_on,
      bank_serial: credit.bank_serial,
      reference: credit.reference,
      status: credit.status,
    })
  }
)
