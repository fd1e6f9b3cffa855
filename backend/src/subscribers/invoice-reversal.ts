import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../modules/invoice"
import { queryRow } from "../utils/query"
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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payment = await queryRow<{ payment_collection_id: string | null }>(query, {
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: event.data.id },
  })
  if (!payment?.payment_collection_id) return
  const link = await queryRow<{ order_id: string | null }>(query, {
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  if (!link?.order_id) return
  const order = await queryRow<{ metadata: Record<string, unknown> | null }>(query, {
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: link.order_id },
  })
  const bulkOrderId = order?.metadata?.bulk_order_id
  const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const issued = await service.listInvoiceRequests(
    {
      status: "issued",
      $or: [
        { order_id: link.order_id },
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
