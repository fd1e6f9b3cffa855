/**
 * Reads a 对公转账 payment as the admin, the workflows and the job see it: the
 * payment (reference, payee, deadline) with its order and buyer, what was
 * received (receipts) and where it stands (modules/remittance/standing.ts),
 * and whether the deadline reminder went out.
 */
import type {
  FilterableNotificationProps,
  MedusaContainer,
  NotificationDTO,
} from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../modules/remittance"
import type {
  BankTransferFilters,
  BankTransferRow,
} from "../../modules/remittance/repositories/bank-transfer-payment"
import { standingOf } from "../../modules/remittance/standing"
import { yuanString } from "../../shared/money"
import type { AdminBankTransferPayment, BankTransferReceipt } from "../../types/http/payments"
import { noticeKeys } from "./notices"

/** A receipt as the admin reads it (the HTTP type of GET /admin/bank-transfer/payments). */
export type ReceiptView = BankTransferReceipt

/** A bank-transfer payment as the admin reads it (the HTTP type of the same route). */
export type BankTransferView = AdminBankTransferPayment

/** A receipt as the remittance module lists it. */
type ReceiptRecord = Awaited<ReturnType<RemittanceModuleService["listRemittanceReceipts"]>>[number]

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null

export async function listBankTransferViews(
  container: MedusaContainer,
  filters: BankTransferFilters,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 }
): Promise<{ payments: BankTransferView[]; count: number }> {
  const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
  const { rows, count } = await remittance.listBankTransfers(filters, page)
  if (!rows.length) return { payments: [], count }
  const ids = rows.map((row) => row.id)

  const receipts = await remittance.listRemittanceReceipts(
    { payment_id: ids },
    { order: { created_at: "ASC" }, take: null }
  )
  const userIds = [...new Set(receipts.map((r) => r.recorded_by))].filter((id): id is string =>
    Boolean(id)
  )
  const users = userIds.length
    ? await container.resolve(Modules.USER).listUsers({ id: userIds }, { select: ["id", "email"] })
    : []
  const emailOf = new Map(users.map((u) => [u.id, u.email]))

  const keys = ids.flatMap((id) => noticeKeys("bank-transfer-reminder", id))
  // the notification module filters by idempotency key, though its filter type does not name it
  const remindersOf: FilterableNotificationProps & { idempotency_key: string[] } = {
    idempotency_key: keys,
  }
  // listed with their idempotency key (selected, though NotificationDTO does not name it)
  const notices: (NotificationDTO & { idempotency_key?: string | null })[] = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications(remindersOf, {
      select: ["idempotency_key", "status", "created_at"],
      take: null,
    })
  const remindedAt = new Map<string, string>()
  for (const notice of notices) {
    if (notice.status !== "success") continue
    const paymentId = String(notice.idempotency_key).split(":")[1]
    const at = iso(notice.created_at)!
    if (!remindedAt.has(paymentId) || at < remindedAt.get(paymentId)!) remindedAt.set(paymentId, at)
  }

  const payments = rows.map((row) => {
    const own = receipts.filter((r) => r.payment_id === row.id)
    return toView(row, own, emailOf, remindedAt.get(row.id) ?? null)
  })
  return { payments, count }
}

/** One bank-transfer payment, or null when there is no such 对公转账 payment. */
export async function retrieveBankTransferView(container: MedusaContainer, paymentId: string) {
  const { payments } = await listBankTransferViews(
    container,
    { payment_id: paymentId },
    { limit: 1, offset: 0 }
  )
  return payments[0] ?? null
}

function toView(
  row: BankTransferRow,
  receipts: ReceiptRecord[],
  emailOf: Map<string, string>,
  remindedAt: string | null
): BankTransferView {
  const data = row.data ?? {}
  const metadata = row.order_metadata ?? {}
  const standing = standingOf({
    amount: row.amount,
    receipts: receipts.map((r) => r.amount),
    captured_at: row.captured_at,
    canceled_at: row.canceled_at,
  })
  return {
    ...standing,
    id: row.id,
    reference: data.reference ?? null,
    currency_code: row.currency_code,
    payee: data.payee ?? null,
    created_at: iso(row.created_at)!,
    authorized_at: iso(data.authorized_at),
    captured_at: iso(row.captured_at),
    canceled_at: iso(row.canceled_at),
    deadline_at: iso(data.deadline_at),
    reminded_at: remindedAt,
    receipt_count: receipts.length,
    receipts: receipts.map((r) => ({
      id: r.id,
      amount: yuanString(MathBN.convert(r.amount)),
      currency_code: r.currency_code,
      payer_name: r.payer_name,
      received_on: r.received_on ?? null,
      note: r.note ?? null,
      outcome: r.outcome,
      recorded_by: r.recorded_by
        ? { id: r.recorded_by, email: emailOf.get(r.recorded_by) ?? null }
        : null,
      recorded_at: iso(r.created_at)!,
    })),
    order: row.order_id
      ? {
          id: row.order_id,
          display_id: row.display_id,
          email: row.email,
          status: row.order_status,
          customer_id: row.customer_id,
          contact: typeof metadata.contact === "string" ? metadata.contact : null,
          contact_kind:
            metadata.contact_kind === "mobile" || metadata.contact_kind === "email"
              ? metadata.contact_kind
              : null,
          recipient: row.recipient,
          recipient_phone: row.recipient_phone,
        }
      : null,
  }
}
