import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { QuoteEvents } from "../workflows/quote/events"
import { sendQuoteNotice } from "../workflows/quote/notices"

/**
 * The support team sent a quote (or sent it again after a change): the
 * member who asked for it is told by SMS and e-mail, in the worker after the
 * send, so a message never holds up or undoes it.
 */
export default async function quoteNoticesHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendQuoteNotice(container, "quote-sent", event.data.id)
}

export const config: SubscriberConfig = {
  event: QuoteEvents.SENT,
  context: { subscriberId: "quote-notices" },
}
