import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runBulkPayment } from "../workflows/bulk-order/payment/run"

/**
 * A bulk order's remittance was applied (`paying`): the worker captures its
 * orders in batches until it is paid. What this run leaves (a failure, a
 * restart) the job bulk-order-payments picks up.
 */
export default async function bulkOrderPaymentHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await runBulkPayment(container, event.data.id)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Bulk order ${event.data.id}: payment run stopped: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "bulk_order.payment_started",
  context: { subscriberId: "bulk-order-payment" },
}
