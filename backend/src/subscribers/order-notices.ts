import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  noticeOrderPlaced,
  noticePaymentCaptured,
  noticePaymentRefunded,
  noticeShipmentCreated,
} from "../workflows/notifications"

type EventData = { id?: string; no_notification?: boolean }

/**
 * The buyer's order messages, sent in the worker after the event (never in
 * the request that placed, paid or shipped the order): 订单已提交 (with the
 * transfer instructions for 对公转账), 已到账, 已发货, 已退款
 * (backend/src/workflows/notifications). A message that fails is recorded and
 * retried by the retry-notifications job; nothing here fails the event.
 */
export default async function orderNoticesHandler({ event, container }: SubscriberArgs<EventData>) {
  const id = event.data?.id
  if (!id) return
  try {
    switch (event.name) {
      case "order.placed":
        await noticeOrderPlaced(container, id)
        break
      case "payment.captured":
        await noticePaymentCaptured(container, id)
        break
      case "payment.refunded":
        await noticePaymentRefunded(container, id)
        break
      case "shipment.created":
        await noticeShipmentCreated(container, id, event.data?.no_notification === true)
        break
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Order notice for ${event.name} ${id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "payment.captured", "payment.refunded", "shipment.created"],
  context: { subscriberId: "order-notices" },
}
