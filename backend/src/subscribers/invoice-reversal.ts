import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICE_MODULE, type InvoiceModuleService } from "../modules/invoice"
import { orderOfPayment } from "../utils/order-of-payment"
import { flagInvoiceReversalWorkflow } from "../workflows/invoice"

/**
 * A refund after a 发票 was issued: the issued requests of the refunded order
 * (and of the bulk order it belongs to) are flagged `needs_reversal`, so the
 * support team sees them in the queue for a 红字发票. Runs in the worker;
 * a repeated event finds nothing issued left to flag.
 */
export default async function invoiceReversalHandler({
  event,
  container,
}: SubscriberArgs<{ id?: string }>) {
  const order = event.data.id ? await orderOfPayment(container, event.data.id) : undefined
  if (!order) return
  const bulkOrderId = order.metadata?.bulk_order_id
  const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const issued = await service.listInvoiceRequests(
    {
      status: "issued",
      $or: [
        { order_id: order.id },
        ...(typeof bulkOrderId === "string" ? [{ bulk_order_id: bulkOrderId }] : []),
      ],
    },
    { select: ["id"], take: null }
  )
  if (!issued.length) return
  await flagInvoiceReversalWorkflow(container).run({ input: { ids: issued.map((r) => r.id) } })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "invoice-reversal" },
}
