import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../types/http/payments"
import { type CapturedParcel, recordBulkCapturesWorkflow } from "../payment/record-captures"
import { BULK_PAYMENT_CONCURRENCY, settleInPool } from "../payment/settings"
import type { BulkPaymentInfo } from "./begin-bulk-payment"
import type { PendingParcel } from "./load-payment-batch"

export type PayBulkParcelsInput = {
  reference: string
  info: BulkPaymentInfo
  parcels: PendingParcel[]
  /** captured by an earlier run that stopped before recording them on their orders */
  unrecorded: CapturedParcel[]
}
export type PayBulkParcelsResult = {
  /** orders captured (and recorded) by this run */
  captured: string[]
  /** orders captured earlier, recorded by this run */
  recorded: string[]
  failed: { order_id: string; message: string }[]
}

type Authorized = { parcel: PendingParcel; payment_id: string; made: boolean }

export const payBulkParcelsStepId = "pay-bulk-parcels"

/**
 * Pays a batch of a `paying` bulk order's parcels, each on its own:
 * 1. its bank-transfer payment authorized (a session on its collection), or
 *    the one an interrupted run authorized reused;
 * 2. its receipt (`remittance_receipt`, what 确认到账 writes) unless one exists;
 * 3. captured through the payment module, then the batch's captures recorded
 *    together as Medusa's capturePaymentWorkflow records one (an order
 *    transaction each, the order paid; `payment.captured` for the aid ledger;
 *    the farms see the lines): payment/record-captures.ts, one workflow for
 *    the batch instead of one per parcel.
 * Captures an earlier run made and did not record (`unrecorded`) are
 * recorded with them.
 * A parcel that fails is answered in `failed` and retried by the next run;
 * the others go on (the money for all of them arrived). Captures are final
 * (the remittance's money is there); compensation cancels the payments this
 * run authorized and did not capture, so a retry starts clean.
 */
export const payBulkParcelsStep = createStep(
  payBulkParcelsStepId,
  async (input: PayBulkParcelsInput, { container }) => {
    const authorized = await settleInPool(input.parcels, BULK_PAYMENT_CONCURRENCY, (p) =>
      authorize(container, input.reference, p)
    )
    const failed: PayBulkParcelsResult["failed"] = []
    const ready: Authorized[] = []
    authorized.forEach((r, i) =>
      r.ok
        ? ready.push(r.value)
        : failed.push({ order_id: input.parcels[i].order_id, message: r.error.message })
    )
    await recordReceipts(container, input.info, ready)
    const captures = await settleInPool(ready, BULK_PAYMENT_CONCURRENCY, (a) =>
      capture(container, a, input.info.recorded_by)
    )
    const made: CapturedParcel[] = []
    captures.forEach((r, i) => {
      if (r.ok) made.push(r.value)
      else failed.push({ order_id: ready[i].parcel.order_id, message: r.error.message })
    })
    const recorded = new Set(
      await recordCaptures(container, [...made, ...input.unrecorded], failed)
    )
    const captured = made.map((p) => p.order_id).filter((id) => recorded.has(id))
    const late = input.unrecorded.map((p) => p.order_id).filter((id) => recorded.has(id))
    // a payment captured but not recorded stays captured (and keeps its receipt)
    const capturedPayments = new Set(made.map((p) => p.payment_id))
    const uncaptured = ready
      .filter((a) => a.made && !capturedPayments.has(a.payment_id))
      .map((a) => a.payment_id)
    return new StepResponse<PayBulkParcelsResult, string[]>(
      { captured, recorded: late, failed },
      uncaptured
    )
  },
  async (uncaptured: string[] | undefined, { container }) => {
    if (!uncaptured?.length) return
    const payments = container.resolve(Modules.PAYMENT)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const id of uncaptured) {
      await payments
        .cancelPayment(id)
        .catch((e: Error) => logger.warn(`Bulk payment ${id} not cancelled: ${e.message}`))
    }
    const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    const receipts = await remittance.listRemittanceReceipts(
      { payment_id: uncaptured },
      { select: ["id"], take: null }
    )
    if (receipts.length) await remittance.deleteRemittanceReceipts(receipts.map((r) => r.id))
  }
)

async function capture(
  container: MedusaContainer,
  a: Authorized,
  capturedBy: string | null
): Promise<CapturedParcel> {
  const payment = await container.resolve(Modules.PAYMENT).capturePayment({
    payment_id: a.payment_id,
    captured_by: capturedBy ?? undefined,
  })
  return {
    order_id: a.parcel.order_id,
    payment_id: payment.id,
    currency_code: payment.currency_code,
    captures: payment.captures ?? [],
  }
}

/**
 * Records the batch's captures in one workflow; should that fail, parcel by
 * parcel, so one order that cannot take its transaction does not hold back
 * the others (it is answered in `failed`). Answers the orders recorded.
 */
async function recordCaptures(
  container: MedusaContainer,
  made: CapturedParcel[],
  failed: PayBulkParcelsResult["failed"]
): Promise<string[]> {
  if (!made.length) return []
  const record = (parcels: CapturedParcel[]) =>
    recordBulkCapturesWorkflow(container).run({ input: { parcels } })
  try {
    await record(made)
    return made.map((p) => p.order_id)
  } catch {
    const each = await settleInPool(made, BULK_PAYMENT_CONCURRENCY, (p) => record([p]))
    const recorded: string[] = []
    each.forEach((r, i) => {
      if (r.ok) recorded.push(made[i].order_id)
      else failed.push({ order_id: made[i].order_id, message: r.error.message })
    })
    return recorded
  }
}

async function authorize(
  container: MedusaContainer,
  reference: string,
  parcel: PendingParcel
): Promise<Authorized> {
  if (parcel.payment_id) return { parcel, payment_id: parcel.payment_id, made: false }
  const payments = container.resolve(Modules.PAYMENT)
  const sessionId =
    parcel.session_id ??
    (
      await payments.createPaymentSession(parcel.payment_collection_id, {
        provider_id: BANK_TRANSFER_PROVIDER_ID,
        currency_code: parcel.currency_code,
        amount: parcel.amount,
        data: { bulk_reference: reference },
      })
    ).id
  const payment = await payments.authorizePaymentSession(sessionId, {})
  if (!payment)
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `The bank transfer of order ${parcel.order_id} was not authorized`
    )
  return { parcel, payment_id: payment.id, made: true }
}

/** One receipt per payment that has none yet (a run repeated after a crash writes no second). */
async function recordReceipts(
  container: MedusaContainer,
  info: BulkPaymentInfo,
  ready: Authorized[]
) {
  if (!ready.length) return
  const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
  const existing = await remittance.listRemittanceReceipts(
    { payment_id: ready.map((a) => a.payment_id) },
    { select: ["payment_id"], take: null }
  )
  const has = new Set(existing.map((r) => r.payment_id))
  const missing = ready.filter((a) => !has.has(a.payment_id))
  if (!missing.length) return
  await remittance.createRemittanceReceipts(
    missing.map((a) => ({
      payment_id: a.payment_id,
      order_id: a.parcel.order_id,
      amount: a.parcel.amount,
      currency_code: a.parcel.currency_code,
      payer_name: info.payer_name,
      received_on: info.paid_on,
      note: info.note,
      recorded_by: info.recorded_by,
      outcome: "paid" as const,
    }))
  )
}
