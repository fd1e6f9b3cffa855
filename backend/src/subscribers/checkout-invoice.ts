import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderOfPayment } from "../utils/order-of-payment"
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
  let orderId = id
  if (event.name !== "order.placed") {
    // most captures are of orders without a checkout 发票 (every bulk parcel): no workflow for them
    const order = await orderOfPayment(container, id)
    if (!order || !asksCheckoutInvoice(order.metadata)) return
    orderId = order.id
  }
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
