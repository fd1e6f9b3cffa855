import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import {
  ORDER_LOOKUP_CODE_REQUESTED,
  type OrderLookupCodeRequestedData,
} from "../workflows/order-access"

/**
 * Sends a guest's order-lookup code by SMS (a mobile) or e-mail, through the
 * Notification module, after the request was answered.
 */
export default async function orderLookupCodeHandler({
  event,
  container,
}: SubscriberArgs<OrderLookupCodeRequestedData>) {
  const { contact, channel, code, expires_at } = event.data
  const minutes = Math.max(1, Math.round((Date.parse(expires_at) - Date.now()) / 60_000))
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: contact,
    channel,
    template: "order-lookup-code",
    data: { code, minutes },
  })
}

export const config: SubscriberConfig = {
  event: ORDER_LOOKUP_CODE_REQUESTED,
  context: { subscriberId: "order-lookup-code" },
}
