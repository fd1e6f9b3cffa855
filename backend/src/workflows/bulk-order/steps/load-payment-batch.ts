import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../types/http/payments"
import { queryRows } from "../../../utils/query"
import type { CapturedParcel } from "../payment/record-captures"
import type { BulkPaymentInfo } from "./begin-bulk-payment"

/** A parcel whose payment is not captured yet, with what an earlier, interrupted run left on it. */
export type PendingParcel = {
  order_id: string
  payment_collection_id: string
  amount: string
  currency_code: string
  /** a bank-transfer payment already authorized (not captured, not cancelled) */
  payment_id: string | null
  /** a bank-transfer session made but not authorized */
  session_id: string | null
}

export type BulkPaymentBatch = {
  /** false when the bulk order is not `paying` (paid meanwhile, or never started): nothing to do */
  paying: boolean
  reference: string
  info: BulkPaymentInfo | null
  total: number
  captured: number
  /** parcels not captured yet, this batch included, and captured ones not recorded on their order */
  remaining: number
  batch: PendingParcel[]
  /**
   * Parcels whose payment was captured but whose order has no transaction for
   * a capture (a run stopped between the two): recorded again by this run.
   */
  unrecorded: CapturedParcel[]
}

type Collection = {
  id: string
  status: string
  amount: unknown
  currency_code: string
  payments:
    { id: string; currency_code: string; captured_at: unknown; canceled_at: unknown }[] | null
  payment_sessions: { id: string; status: string; provider_id: string }[] | null
}
type OrderRow = { id: string; payment_collections: Collection[] | null }

export const loadBulkPaymentBatchStepId = "load-bulk-payment-batch"

/**
 * Reads a `paying` bulk order's orders and answers the next `size` parcels
 * whose payment is not captured (in order id order) and how many are. An
 * order whose payment was captured by an earlier run is skipped, so a run
 * repeated after a crash never captures twice; one whose capture has no
 * order transaction yet (that run stopped before recording it) is answered
 * in `unrecorded`, to be recorded, and counts as remaining. Reads only.
 */
export const loadBulkPaymentBatchStep = createStep(
  loadBulkPaymentBatchStepId,
  async (input: { bulk_order_id: string; size: number }, { container }) => {
    const bulk = await container
      .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
      .retrieveBulkOrder(input.bulk_order_id)
    const none: BulkPaymentBatch = {
      paying: false,
      reference: bulk.reference,
      info: null,
      total: bulk.parcels,
      captured: bulk.captured_parcels,
      remaining: 0,
      batch: [],
      unrecorded: [],
    }
    if (bulk.status !== "paying") return new StepResponse(none)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [linked] = await queryRows<{ orders: { id: string }[] | null }>(query, {
      entity: "bulk_order",
      fields: ["id", "orders.id"],
      filters: { id: bulk.id },
    })
    const ids = (linked?.orders ?? []).map((o) => o.id)
    const orders = ids.length
      ? await queryRows<OrderRow>(query, {
          entity: "order",
          fields: [
            "id",
            "payment_collections.id",
            "payment_collections.status",
            "payment_collections.amount",
            "payment_collections.currency_code",
            "payment_collections.payments.id",
            "payment_collections.payments.currency_code",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.canceled_at",
            "payment_collections.payment_sessions.id",
            "payment_collections.payment_sessions.status",
            "payment_collections.payment_sessions.provider_id",
          ],
          filters: { id: ids },
        })
      : []
    const pending: PendingParcel[] = []
    const capturedPayments: Omit<CapturedParcel, "captures">[] = []
    let captured = 0
    for (const order of orders.sort((a, b) => a.id.localeCompare(b.id))) {
      const live = (order.payment_collections ?? []).find((c) => c.status !== "canceled")
      const payments = live?.payments ?? []
      if (payments.some((p) => p.captured_at)) captured++
      for (const p of payments.filter((p) => p.captured_at))
        capturedPayments.push({
          order_id: order.id,
          payment_id: p.id,
          currency_code: p.currency_code,
        })
      // no live collection: the order was cancelled while paying, nothing to capture
      if (!live || payments.some((p) => p.captured_at)) continue
      const open = payments.find((p) => !p.canceled_at)
      const session = (live.payment_sessions ?? []).find(
        (s) => s.provider_id === BANK_TRANSFER_PROVIDER_ID && s.status === "pending"
      )
      pending.push({
        order_id: order.id,
        payment_collection_id: live.id,
        amount: MathBN.convert(live.amount as string).toFixed(2),
        currency_code: live.currency_code,
        payment_id: open?.id ?? null,
        session_id: open ? null : (session?.id ?? null),
      })
    }
    const unrecorded = await unrecordedCaptures(container, capturedPayments)
    return new StepResponse<BulkPaymentBatch>({
      paying: true,
      reference: bulk.reference,
      info: (bulk.payment_info ?? null) as BulkPaymentInfo | null,
      total: bulk.parcels,
      captured,
      remaining: pending.length + unrecorded.length,
      batch: pending.slice(0, input.size),
      unrecorded: unrecorded.slice(0, input.size),
    })
  }
)

/**
 * The captured payments whose order has no capture transaction (a parcel's
 * payment is captured once, so an order with one is recorded), with their
 * captures: one read of the orders' capture transactions, and the captures
 * of the few payments left out.
 */
async function unrecordedCaptures(
  container: MedusaContainer,
  paid: Omit<CapturedParcel, "captures">[]
): Promise<CapturedParcel[]> {
  if (!paid.length) return []
  const recorded = await container
    .resolve(Modules.ORDER)
    .listOrderTransactions(
      { order_id: paid.map((p) => p.order_id), reference: "capture" },
      { select: ["order_id"], take: null }
    )
  const has = new Set(recorded.map((t) => t.order_id))
  const missing = paid.filter((p) => !has.has(p.order_id))
  if (!missing.length) return []
  const captures = await container
    .resolve(Modules.PAYMENT)
    .listCaptures(
      { payment_id: missing.map((p) => p.payment_id) },
      { select: ["id", "amount", "raw_amount", "payment_id"], take: null }
    )
  // the foreign key is selected, though CaptureDTO names only the relation
  const of = (c: (typeof captures)[number]) => (c as { payment_id?: string }).payment_id
  return missing
    .map((p) => ({ ...p, captures: captures.filter((c) => of(c) === p.payment_id) }))
    .filter((p) => p.captures.length > 0)
}
