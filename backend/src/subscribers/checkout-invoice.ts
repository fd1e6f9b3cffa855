import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderOfPayment, type PaidOrder } from "../utils/order-of-payment"
import { queryRow } from "../utils/query"
import { asksCheckoutInvoice, createCheckoutInvoiceRequestWorkflow } from "../workflows/invoice"

/**
 * 开具发票 at checkout: when an order is placed (an online payment may be
 * captured already) or a payment is captured (对公转账 arriving, 支付宝),
 * the order's checkout 发票 becomes a request once it is paid in full. Runs
 * in the worker; a repeated event finds the request made and makes none.
 */
export default async function checkoutInvoiceHandler({
  event,
  container,
}: SubscriberArgs<{ id?: string }>) {
  const id = event.data?.id
  if (!id) return
  // most orders ask for no 发票 at checkout (and no bulk parcel does): no workflow for them
  const order =
    event.name === "order.placed"
      ? await queryRow<PaidOrder>(container.resolve(ContainerRegistrationKeys.QUERY), {
          entity: "order",
          fields: ["id", "metadata"],
          filters: { id },
        })
      : await orderOfPayment(container, id)
  if (!order || !asksCheckoutInvoice(order.metadata)) return
  const orderId = order.id
  try {
    await createCheckoutInvoiceRequestWorkflow(container).run({ input: { order_id: orderId } })
  } catch (error) {
    // the order keeps the details: the next capture event, or the buyer on the order page, asks again
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Checkout invoice of order ${orderId} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "payment.captured"],
  context: { subscriberId: "checkout-invoice" },
}
