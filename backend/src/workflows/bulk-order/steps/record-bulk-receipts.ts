import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import type { AuthorizedBulkPayment } from "./authorize-bulk-payments"

export type RecordBulkReceiptsInput = {
  payments: AuthorizedBulkPayment[]
  payer_name: string
  received_on: string | null
  note: string | null
  recorded_by: string | null
}

export const recordBulkReceiptsStepId = "record-bulk-receipts"

/**
 * The receipt of each order's payment (what 确认到账 records), in one call,
 * so the admin's 对公转账 list shows every payment received. Compensation
 * deletes them.
 */
export const recordBulkReceiptsStep = createStep(
  recordBulkReceiptsStepId,
  async (input: RecordBulkReceiptsInput, { container }) => {
    const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    const receipts = await remittance.createRemittanceReceipts(
      input.payments.map((p) => ({
        payment_id: p.payment_id,
        order_id: p.order_id,
        amount: p.amount,
        currency_code: "cny",
        payer_name: input.payer_name,
        received_on: input.received_on,
        note: input.note,
        recorded_by: input.recorded_by,
        outcome: "paid" as const,
      }))
    )
    const ids = receipts.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .deleteRemittanceReceipts(ids)
  }
)
