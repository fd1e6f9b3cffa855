import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_LOCK, bankTransferLockKey } from "./notices"
import { checkBankTransferReceiptStep } from "./steps/check-receipt"
import { createRemittanceReceiptStep } from "./steps/create-receipt"

export type RecordReceiptInput = {
  payment_id: string
  /** decimal yuan, at most two decimals, above zero (validated at the route) */
  amount: string
  /** 户名 */
  payer_name: string
  /** China-time day the money arrived, YYYY-MM-DD */
  received_on?: string | null
  note?: string | null
  /** the user recording it */
  recorded_by?: string | null
}

/**
 * 确认到账: the support team records money that arrived for a 对公转账 order.
 * The receipt is kept (amount, 户名, day, note, who, when); once the receipts
 * cover the amount due, the payment is captured with Medusa's capture
 * workflow, which marks the order paid. Less is recorded and flagged
 * (部分到账), more is captured and flagged (多付). One payment at a time: the
 * deadline job takes the same lock. A failed capture removes the receipt.
 */
export const recordBankTransferReceiptWorkflow = createWorkflow(
  "record-bank-transfer-receipt",
  (input: RecordReceiptInput) => {
    const key = transform({ input }, ({ input }) => bankTransferLockKey(input.payment_id))
    acquireLockStep({ key, ...BANK_TRANSFER_LOCK })
    const check = checkBankTransferReceiptStep({
      payment_id: input.payment_id,
      amount: input.amount,
    })
    const receipt = createRemittanceReceiptStep(
      transform({ input, check }, ({ input, check }) => ({
        payment_id: input.payment_id,
        order_id: check.order_id,
        amount: input.amount,
        currency_code: check.currency_code,
        payer_name: input.payer_name,
        received_on: input.received_on ?? null,
        note: input.note ?? null,
        recorded_by: input.recorded_by ?? null,
        outcome: check.outcome,
      }))
    )
    when({ check }, ({ check }) => check.capture).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          payment_id: input.payment_id,
          captured_by: input.recorded_by ?? undefined,
        })),
      })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ receipt, check }, ({ receipt, check }) => ({
        receipt_id: receipt.id,
        outcome: check.outcome,
        captured: check.capture,
        received_amount: check.received_amount,
        outstanding_amount: check.outstanding_amount,
        overpaid_amount: check.overpaid_amount,
      }))
    )
  }
)
