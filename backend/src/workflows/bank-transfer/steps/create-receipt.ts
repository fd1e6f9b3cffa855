import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import type { ReceiptOutcome } from "../../../types/http/payments"

export type CreateReceiptInput = {
  payment_id: string
  order_id: string | null
  amount: string
  currency_code: string
  payer_name: string
  received_on: string | null
  note: string | null
  recorded_by: string | null
  outcome: ReceiptOutcome
}

export const createRemittanceReceiptStepId = "create-remittance-receipt"

/** Records money received for a payment. Compensation deletes the record. */
export const createRemittanceReceiptStep = createStep(
  createRemittanceReceiptStepId,
  async (input: CreateReceiptInput, { container }) => {
    const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    const receipt = await remittance.createRemittanceReceipts(input)
    return new StepResponse(receipt, receipt.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .deleteRemittanceReceipts([id])
  }
)
