/**
 * The 对公转账 notices to buyers (reminder before the deadline, notice of the
 * cancellation): who gets them and the key that makes each go out once.
 */
import { CONTACT_CHANNELS, type ContactChannel, MOBILE } from "../../shared/contact"
import type { BankTransferView } from "./read"

export type NoticeTemplate = "bank-transfer-reminder" | "bank-transfer-canceled"
export type NoticeChannel = ContactChannel

export const NOTICE_CHANNELS: readonly NoticeChannel[] = CONTACT_CHANNELS

/**
 * The notification's idempotency key: Medusa's notification module sends a
 * notification with a key it has already sent (successfully) no more, and
 * the key is unique in its table, so two job runs or two workers send once.
 */
export const noticeKey = (template: NoticeTemplate, paymentId: string, channel: NoticeChannel) =>
  `${template}:${paymentId}:${channel}`

export const noticeKeys = (template: NoticeTemplate, paymentId: string) =>
  NOTICE_CHANNELS.map((channel) => noticeKey(template, paymentId, channel))

/** An SMS to the mobile given at checkout, an e-mail to the order's e-mail. */
export function noticeRecipients(
  order: BankTransferView["order"]
): { channel: NoticeChannel; to: string }[] {
  if (!order) return []
  const recipients: { channel: NoticeChannel; to: string }[] = []
  const contact = order.contact?.trim() ?? ""
  if (MOBILE.test(contact)) recipients.push({ channel: "sms", to: contact })
  if (order.email) recipients.push({ channel: "email", to: order.email })
  return recipients
}

/** What the templates show (modules/notification-outbox/templates.ts). */
export const noticeData = (view: BankTransferView) => ({
  order_id: view.order?.id ?? null,
  display_id: view.order?.display_id ?? null,
  amount: view.amount,
  received_amount: view.received_amount,
  outstanding_amount: view.outstanding_amount,
  deadline_at: view.deadline_at,
  reference: view.reference,
  payee: view.payee,
})

/** One lock per payment: receipts, the reminder and the cancellation never interleave. */
export const bankTransferLockKey = (paymentId: string) => `bank-transfer:${paymentId}`
export const BANK_TRANSFER_LOCK = { timeout: 15, ttl: 120 }
