import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Capture } from "../../../modules/remittance/planner"
import { recordBankTransferReceiptWorkflow } from "../../bank-transfer/record-receipt"

export type CaptureRemittanceInput = {
  captures: Capture[]
  payer_name: string
  /** China day the money arrived */
  paid_on: string
  /** written on each receipt: the credit and its serial */
  note: string
  recorded_by: string | null
}

export const captureRemittanceStepId = "capture-remittance"

/**
 * Applies a matched credit: for every payment of its target, a receipt of
 * what the payment still lacked, through 确认到账's own workflow (its lock,
 * its checks: nothing on a payment received or cancelled; the payment
 * captured with Medusa's capture workflow, the order paid, the ledger's sale
 * entries following). Runs last in its workflows: a capture is not undone; if
 * a receipt fails, its own workflow removes it and this step fails.
 */
export const captureRemittanceStep = createStep(
  captureRemittanceStepId,
  async (input: CaptureRemittanceInput, { container }) => {
    const receipts: string[] = []
    for (const capture of input.captures) {
      const { result } = await recordBankTransferReceiptWorkflow(container).run({
        input: {
          payment_id: capture.payment_id,
          amount: capture.amount,
          payer_name: input.payer_name,
          received_on: input.paid_on,
          note: input.note,
          recorded_by: input.recorded_by,
        },
      })
      receipts.push(result.receipt_id)
    }
    return new StepResponse({ receipt_ids: receipts })
  }
)
