import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receiptOutcome } from "../../../modules/remittance/standing"
import { retrieveBankTransferView } from "../read"

export type CheckReceiptInput = { payment_id: string; amount: string }

export const checkBankTransferReceiptStepId = "check-bank-transfer-receipt"

/**
 * A receipt can be recorded on a 对公转账 payment still awaited: not on one
 * already received (captured) or cancelled, nor on a cancelled order. Gives
 * what the receipt will do (partial, paid, overpaid) with the receipts so far.
 */
export const checkBankTransferReceiptStep = createStep(
  checkBankTransferReceiptStepId,
  async (input: CheckReceiptInput, { container }) => {
    const view = await retrieveBankTransferView(container, input.payment_id)
    if (!view) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No bank transfer payment with id ${input.payment_id}`
      )
    }
    if (view.state === "received") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payment ${input.payment_id} is already received (captured); record no further receipt on it`
      )
    }
    if (view.state === "canceled" || view.order?.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payment ${input.payment_id} belongs to a canceled order; a transfer for it must be paid back, not recorded`
      )
    }
    const effect = receiptOutcome(view.amount, view.received_amount, input.amount)
    return new StepResponse({
      order_id: view.order?.id ?? null,
      currency_code: view.currency_code,
      ...effect,
    })
  }
)
