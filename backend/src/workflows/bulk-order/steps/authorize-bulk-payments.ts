import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../types/http/payments"
import type { PayableCollection } from "./load-payable"

export type AuthorizedBulkPayment = { payment_id: string; order_id: string; amount: string }

export const authorizeBulkPaymentsStepId = "authorize-bulk-payments"

/**
 * The bank-transfer payment of every order of a paid bulk order: a payment
 * session with the 对公转账 provider on each collection, authorized (the
 * money is there; nothing is captured yet). Made only now, when the
 * remittance arrived, so an unpaid bulk order has no payment to remind about
 * or cancel one by one. Compensation cancels the payments made.
 */
export const authorizeBulkPaymentsStep = createStep(
  authorizeBulkPaymentsStepId,
  async (input: { reference: string; collections: PayableCollection[] }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const made: AuthorizedBulkPayment[] = []
    try {
      for (const c of input.collections) {
        const session = await payments.createPaymentSession(c.payment_collection_id, {
          provider_id: BANK_TRANSFER_PROVIDER_ID,
          currency_code: c.currency_code,
          amount: c.amount,
          data: { bulk_reference: input.reference },
        })
        const payment = await payments.authorizePaymentSession(session.id, {})
        if (!payment)
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `The bank transfer of order ${c.order_id} was not authorized`
          )
        made.push({ payment_id: payment.id, order_id: c.order_id, amount: c.amount })
      }
    } catch (error) {
      await cancelAll(container, made)
      throw error
    }
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    if (made?.length) await cancelAll(container, made)
  }
)

async function cancelAll(container: MedusaContainer, made: AuthorizedBulkPayment[]) {
  const payments = container.resolve(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const p of made) {
    try {
      await payments.cancelPayment(p.payment_id)
    } catch (error) {
      logger.warn(`Bulk payment ${p.payment_id} not cancelled: ${(error as Error).message}`)
    }
  }
}
