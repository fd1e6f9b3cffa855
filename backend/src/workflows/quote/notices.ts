/**
 * The notices of a quote (询价) to the member who asked for it: 已报价 when
 * the support team sends it (and again after a change, each sending once),
 * and a reminder the day before it expires (once per validity). By SMS to
 * the member's mobile and by e-mail when they have one, through Medusa's
 * Notification module (deliverToRecipients: a failure is recorded and retried by
 * the retry job, never thrown, so sending the quote is never held up).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { publicUrls } from "../../auth/password-reset"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { type ContactChannel, EMAIL, MOBILE } from "../../shared/contact"
import { deliverToRecipients } from "../notifications/delivery"
import { toQuoteView } from "./read"

export type QuoteNoticeTemplate = "quote-sent" | "quote-expiring"

/** What the templates read (notification-outbox/templates-quotes.ts). */
export type QuoteNoticeData = {
  display_id: string
  unit_name: string
  total: string
  valid_until: string | null
  url: string
}

/** Once per sending (quote-sent) or per validity (quote-expiring), template and channel. */
export const quoteNoticeKey = (
  template: QuoteNoticeTemplate,
  id: string,
  at: Date | string | null,
  channel: ContactChannel
) => `${template}:${id}:${at ? new Date(at).getTime() : 0}:${channel}`

/** Sends `template` about the quote to its requester; answers the channels it went out on now. */
export async function sendQuoteNotice(
  container: MedusaContainer,
  template: QuoteNoticeTemplate,
  quoteId: string
): Promise<ContactChannel[]> {
  const record = await container.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(quoteId)
  const quote = toQuoteView(record)
  const [unit] = await container
    .resolve<UnitModuleService>(UNIT_MODULE)
    .listUnits({ id: quote.unit_id }, { take: 1 })
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: quote.requested_by }, { take: 1 })
  const recipients: { channel: ContactChannel; to: string }[] = []
  const phone = customer?.phone?.replace(/\s+/g, "")
  if (phone && MOBILE.test(phone)) recipients.push({ channel: "sms", to: phone })
  const email = customer?.email?.trim()
  if (email && EMAIL.test(email)) recipients.push({ channel: "email", to: email })
  const data: QuoteNoticeData = {
    display_id: quote.display_id,
    unit_name: unit?.name ?? "",
    total: quote.total,
    valid_until: quote.valid_until,
    url: `${publicUrls().storefront}/unit/quotes/${quote.id}`,
  }
  const stamp = template === "quote-sent" ? record.quoted_at : record.valid_until
  return deliverToRecipients(
    container,
    recipients,
    { template, data, trigger_type: "quote", resource_id: quote.id, resource_type: "quote" },
    (channel) => quoteNoticeKey(template, quote.id, stamp, channel)
  )
}
