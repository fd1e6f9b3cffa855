/**
 * The buyer's order messages: placed (with the transfer instructions for
 * 对公转账), paid, shipped, refunded. Each goes by SMS to the mobile given at
 * checkout (the order's `metadata.contact`, else the shipping address's
 * phone) and by e-mail to the order's e-mail, once per order (or shipment,
 * refund) and channel: the idempotency key. The parcels of a bulk order are
 * the unit's: their placing and payment are told once per bulk order
 * (workflows/bulk-order/notices.ts), their shipment to the parcel's
 * recipient by SMS only.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { type ContactChannel, EMAIL, normalizeContact } from "../../shared/contact"
import { yuanString } from "../../shared/money"
import { queryRow, type Query } from "../../utils/query"
import { deliverToRecipients } from "./delivery"

export type OrderTemplate =
  | "order-placed"
  | "order-placed-transfer"
  | "order-paid"
  | "order-shipped"
  | "order-refunded"
  | "presale-ship-reminder"

const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"

type Amount = Parameters<typeof MathBN.convert>[0]

export type NoticeOrder = {
  id: string
  display_id: number
  email: string | null
  status: string
  metadata: Record<string, unknown> | null
  total: Amount
  shipping_address: { phone: string | null } | null
  payment_collections:
    | {
        payments:
          | {
              id: string
              provider_id: string
              amount: Amount
              data: Record<string, unknown> | null
            }[]
          | null
      }[]
    | null
}

export const NOTICE_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "metadata",
  "total",
  "shipping_address.phone",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.data",
]

const queryOf = (container: MedusaContainer) =>
  container.resolve<Query>(ContainerRegistrationKeys.QUERY)

export const readNoticeOrder = (container: MedusaContainer, id: string) =>
  queryRow<NoticeOrder>(queryOf(container), {
    entity: "order",
    fields: NOTICE_ORDER_FIELDS,
    filters: { id },
  })

const isBulkParcel = (order: NoticeOrder) => Boolean(order.metadata?.bulk_order_id)

/** Where the buyer hears from the shop; a bulk parcel's shipment goes to its recipient's mobile only. */
export function orderRecipients(
  order: NoticeOrder,
  template: OrderTemplate
): { channel: ContactChannel; to: string }[] {
  const recipients: { channel: ContactChannel; to: string }[] = []
  const bulk = isBulkParcel(order)
  const mobile = [bulk ? null : order.metadata?.contact, order.shipping_address?.phone]
    .map((value) => normalizeContact(value))
    .find((contact) => contact?.kind === "mobile")
  if (mobile) recipients.push({ channel: "sms", to: mobile.contact })
  if (bulk && template === "order-shipped") return recipients
  const email = order.email?.trim()
  if (email && EMAIL.test(email)) recipients.push({ channel: "email", to: email })
  return recipients
}

/** Sends `template` about `order` to each of its contacts, keyed by `key` (template and channel added). */
export async function sendOrderNotice(
  container: MedusaContainer,
  order: NoticeOrder,
  template: OrderTemplate,
  key: string,
  data: Record<string, unknown>
): Promise<ContactChannel[]> {
  return deliverToRecipients(
    container,
    orderRecipients(order, template),
    {
      template,
      data: { display_id: order.display_id, ...data },
      trigger_type: "order",
      resource_id: order.id,
      resource_type: "order",
    },
    (channel) => `${template}:${key}:${channel}`
  )
}

/** order.placed: the order's total, and for 对公转账 the payee, amount, reference and deadline. */
export async function noticeOrderPlaced(container: MedusaContainer, orderId: string) {
  const order = await readNoticeOrder(container, orderId)
  if (!order || isBulkParcel(order)) return []
  const transfer = (order.payment_collections ?? [])
    .flatMap((c) => c.payments ?? [])
    .find((p) => p.provider_id === BANK_TRANSFER_PROVIDER)
  const amount = yuanString(MathBN.convert(order.total).toFixed(2))
  if (!transfer) return sendOrderNotice(container, order, "order-placed", order.id, { amount })
  const data = transfer.data ?? {}
  return sendOrderNotice(container, order, "order-placed-transfer", order.id, {
    amount,
    transfer: {
      amount: yuanString(MathBN.convert(transfer.amount).toFixed(2)),
      reference: data.reference,
      deadline_at: data.deadline_at,
      payee: data.payee,
    },
  })
}
