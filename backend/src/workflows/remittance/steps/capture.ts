import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Capture } from "../../../modules/remittance/planner"
import { recordBankTransferReceiptWorkflow } from "../../bank-transfer/record-receipt"
import { startBulkPaymentWorkflow } from "../../bulk-order/payment/start"

export type CaptureRemittanceInput = {
  /** the target's kind: a bulk order's single capture pays all its orders */
  target_kind: string | null
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
 * A bulk order's capture (its id as the payment) marks it `paying` with
 * startBulkPaymentWorkflow; the worker then captures every order of it in
 * batches (workflows/bulk-order/payment/), so the request answers at once.
 */
export const captureRemittanceStep = createStep(
  captureRemittanceStepId,
  async (input: CaptureRemittanceInput, { container }) => {
    const receipts: string[] = []
    if (input.target_kind === "bulk_order") {
      for (const capture of input.captures) {
        const { result } = await startBulkPaymentWorkflow(container).run({
          input: {
            bulk_order_id: capture.payment_id,
            payer_name: input.payer_name,
            paid_on: input.paid_on,
            note: input.note,
            recorded_by: input.recorded_by,
          },
        })
        receipts.push(result.id)
      }
      return new StepResponse({ receipt_ids: [], payment_ids: receipts })
    }
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
    return new StepResponse({ receipt_ids: receipts, payment_ids: [] as string[] })
  }
)
