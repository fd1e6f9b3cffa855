import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { AuthorizedBulkPayment } from "./authorize-bulk-payments"

export const captureBulkPaymentsStepId = "capture-bulk-payments"

export type CaptureBulkPaymentsInput = {
  payments: AuthorizedBulkPayment[]
  captured_by: string | null
}

/**
 * Captures every payment of a bulk order with Medusa's capture workflow (the
 * order paid, `payment.captured` for the ledger and the farms), all or
 * nothing: the payments were all authorized before, so a capture rarely
 * fails; if one does, the ones captured before it are refunded at once (the
 * ledger takes them back) and the step fails, and so does a later step's
 * failure (compensation).
 */
export const captureBulkPaymentsStep = createStep(
  captureBulkPaymentsStepId,
  async (input: CaptureBulkPaymentsInput, { container }) => {
    const captured: AuthorizedBulkPayment[] = []
    try {
      for (const p of input.payments) {
        await capturePaymentWorkflow(container).run({
          input: { payment_id: p.payment_id, captured_by: input.captured_by ?? undefined },
        })
        captured.push(p)
      }
    } catch (error) {
      await refundAll(container, captured, input.captured_by)
      throw error
    }
    return new StepResponse(
      captured.map((p) => p.payment_id),
      { captured, by: input.captured_by }
    )
  },
  async (undo, { container }) => {
    if (undo?.captured.length) await refundAll(container, undo.captured, undo.by)
  }
)

async function refundAll(
  container: MedusaContainer,
  captured: AuthorizedBulkPayment[],
  by: string | null
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const p of captured) {
    try {
      await refundPaymentWorkflow(container).run({
        input: {
          payment_id: p.payment_id,
          amount: p.amount,
          created_by: by ?? undefined,
          note: "批量订单入账未完成，已撤回",
        },
      })
    } catch (error) {
      logger.error(
        `Bulk payment ${p.payment_id} captured but not refunded: ${(error as Error).message}`
      )
    }
  }
}
