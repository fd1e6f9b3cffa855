import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ordersToSync } from "./orders-to-sync"
import { AID_SYNC_BATCH, syncOrderAttributionWorkflow } from "./sync-order-attribution"
import { queryRows } from "../../utils/query"

/** How far back the catch-up looks: orders placed or changed, paid or refunded within the last day. */
export const AID_CATCH_UP_WINDOW_MS = 24 * 3600 * 1000

const unique = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter(Boolean) as string[]),
]

/**
 * The orders that changed since `since` in a way the ledger follows: the
 * order itself (placed, canceled, edited, returns), a payment captured, a
 * refund made, that the ledger has work for (orders-to-sync.ts: not waiting
 * for their import, and paid or already in the ledger).
 */
export async function ordersChangedSince(
  container: MedusaContainer,
  since: Date
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payments = container.resolve(Modules.PAYMENT)
  const at = { $gte: since.toISOString() }
  const [changed, captured, refunds] = await Promise.all([
    queryRows<{ id: string }>(query, {
      entity: "order",
      fields: ["id"],
      filters: { updated_at: at },
    }),
    payments.listPayments(
      { captured_at: at },
      { select: ["id", "payment_collection_id"], take: null }
    ),
    payments.listRefunds({ created_at: at }, { relations: ["payment"], take: null }),
  ])
  const collections = unique([
    ...captured.map((p) => p.payment_collection_id),
    ...refunds.map((r) => r.payment?.payment_collection_id),
  ])
  const links = collections.length
    ? await queryRows<{ order_id: string }>(query, {
        entity: "order_payment_collection",
        fields: ["order_id"],
        filters: { payment_collection_id: collections },
      })
    : []
  return ordersToSync(
    container,
    unique([...changed.map((o) => o.id), ...links.map((l) => l.order_id)])
  )
}

/**
 * Brings the ledger up to date for every order that changed within the
 * window, whatever happened to the events that should have done it (lost
 * with the event queue, a subscriber that failed past its retries, a worker
 * killed twice on the same job). The ledger sync is idempotent: orders that
 * are up to date get nothing new. Answers how many orders were looked at and
 * how many entries were written.
 */
export async function catchUpAidLedger(container: MedusaContainer, now = new Date()) {
  const orderIds = await ordersChangedSince(
    container,
    new Date(now.getTime() - AID_CATCH_UP_WINDOW_MS)
  )
  let written = 0
  for (let i = 0; i < orderIds.length; i += AID_SYNC_BATCH) {
    const { result } = await syncOrderAttributionWorkflow(container).run({
      input: { order_ids: orderIds.slice(i, i + AID_SYNC_BATCH) },
    })
    written += ((result as unknown[]) ?? []).length
  }
  return { orders: orderIds.length, written }
}
