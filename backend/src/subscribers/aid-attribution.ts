import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AID_SYNC_BATCH, syncOrderAttributionWorkflow } from "../workflows/aid"
import { ordersToSync } from "../workflows/aid/orders-to-sync"
import { coalescePer } from "../utils/coalesce"
import { orderOfPayment } from "../utils/order-of-payment"

/**
 * Every order event that can move money between the buyer and the towns
 * brings the aid ledger up to date for that order, in the worker: a capture
 * (whoever triggers it: the checkout, a payment webhook, the support team's
 * 确认到账) is what turns a placed order into a sale. The workflow is
 * idempotent, so a repeated or retried event counts once; the events of a
 * short window are synced together, each order once (utils/coalesce.ts).
 */
export default async function aidAttributionHandler({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = await orderOfEvent(container, event.name, event.data)
  if (orderId) await syncOrders(container, [orderId])
}

type Container = SubscriberArgs<unknown>["container"]

/**
 * The orders of the events of a short window, each once, in one run of the
 * workflow (a checkout peak or a bulk order's captures), leaving out the
 * orders an import has not finished writing yet and those the ledger has
 * nothing to record for (workflows/aid/orders-to-sync.ts).
 */
const syncOrders = coalescePer<Container, string>(
  async (container, orderIds) => {
    const ready = await ordersToSync(container, orderIds)
    if (!ready.length) return
    await syncOrderAttributionWorkflow(container).run({ input: { order_ids: ready } })
  },
  { maxKeys: AID_SYNC_BATCH }
)

/** Events about a payment (`data.id` is the payment's id), mapped to its order. */
const PAYMENT_EVENTS = ["payment.captured", "payment.refunded"]

async function orderOfEvent(
  container: SubscriberArgs<unknown>["container"],
  name: string,
  data: { id?: string; order_id?: string }
): Promise<string | null> {
  if (!PAYMENT_EVENTS.includes(name)) return data.order_id ?? data.id ?? null
  return data.id ? ((await orderOfPayment(container, data.id))?.id ?? null) : null
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.canceled",
    "order.return_received",
    "order-edit.confirmed",
    "order.exchange_created",
    "order.claim_created",
    "payment.captured",
    "payment.refunded",
  ],
  context: { subscriberId: "aid-attribution" },
}
