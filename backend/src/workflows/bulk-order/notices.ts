/**
 * The notices of a bulk order, one per bulk order (never one per parcel): to
 * the member who placed it, by e-mail and, when the customer has a mobile, by
 * SMS, through Medusa's Notification module (the outbox provider). Each goes
 * out once per bulk order, template and channel (the idempotency key), so a
 * repeated job run or a second worker sends nothing more.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../modules/bulk-order"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { type ContactChannel, MOBILE } from "../../shared/contact"

export type BulkNoticeTemplate =
  "bulk-order-created" | "bulk-order-reminder" | "bulk-order-canceled"

export const bulkNoticeKey = (template: BulkNoticeTemplate, id: string, channel: ContactChannel) =>
  `${template}:${id}:${channel}`

/** Sends `template` for the bulk order; failures are logged (retried by the next run). */
export async function sendBulkOrderNotice(
  container: MedusaContainer,
  template: BulkNoticeTemplate,
  bulkOrderId: string
): Promise<ContactChannel[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bulk = await container
    .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    .retrieveBulkOrder(bulkOrderId)
  const [unit] = await container
    .resolve<UnitModuleService>(UNIT_MODULE)
    .listUnits({ id: bulk.unit_id }, { take: 1 })
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: bulk.customer_id }, { take: 1 })
  const recipients: { channel: ContactChannel; to: string }[] = []
  if (customer?.phone && MOBILE.test(customer.phone))
    recipients.push({ channel: "sms", to: customer.phone })
  if (customer?.email) recipients.push({ channel: "email", to: customer.email })
  const data = {
    reference: bulk.reference,
    amount: MathBN.convert(bulk.amount).toFixed(2),
    parcels: bulk.parcels,
    deadline_at: new Date(bulk.payment_deadline).toISOString(),
    unit_name: unit?.name ?? "",
  }
  const sent: ContactChannel[] = []
  for (const recipient of recipients) {
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: recipient.to,
        channel: recipient.channel,
        template,
        data,
        trigger_type: "bulk-order",
        resource_id: bulk.id,
        resource_type: "bulk_order",
        idempotency_key: bulkNoticeKey(template, bulk.id, recipient.channel),
      })
      sent.push(recipient.channel)
    } catch (error) {
      logger.warn(
        `Bulk order ${template} for ${bulk.id} by ${recipient.channel} failed: ${(error as Error).message}`
      )
    }
  }
  return sent
}
