import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PaymentNoticeInput, PaymentNoticeRow } from "../../../modules/bank-transfer/notice"
import { type BankTransferOptions, payeeFrom } from "../../../modules/bank-transfer/payee"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { fenToYuan, parseFen } from "../../../shared/money"
import type { StoreBulkOrder } from "../../../types/http/bulk-order"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../types/http/payments"
import messages from "./zh-CN.json"

type ProviderConfig = { id?: string; options?: BankTransferOptions }
type ConfigModule = {
  modules?: Record<string, { options?: { providers?: ProviderConfig[] } } | boolean | undefined>
}

/** The payee of 对公转账 as configured on the bank-transfer payment provider (medusa-config.ts). */
export function configuredPayee(container: MedusaContainer) {
  const config = container.resolve<ConfigModule>("configModule")
  const payment = config.modules?.[Modules.PAYMENT]
  const providers = typeof payment === "object" ? (payment.options?.providers ?? []) : []
  const provider = providers.find((p) => BANK_TRANSFER_PROVIDER_ID.endsWith(`_${p.id}`))
  return payeeFrom(provider?.options ?? {})
}

const fen = (yuan: string) => parseFen(yuan) ?? BigInt(0)

/**
 * What the 付款通知书 of a bulk order says: the whole amount under its one
 * reference, one row per product (all parcels), one for delivery, and one for
 * any difference, summing exactly to the amount; 400 once paid or canceled.
 */
export async function paymentNoticeOfBulkOrder(
  container: MedusaContainer,
  bulk: StoreBulkOrder
): Promise<PaymentNoticeInput> {
  if (bulk.status !== "awaiting_payment") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, messages.not_awaiting)
  }
  const unit = await container.resolve<UnitModuleService>(UNIT_MODULE).retrieveUnit(bulk.unit_id)
  const products = new Map<string, { item: string; quantity: number; fen: bigint }>()
  let items = BigInt(0)
  let orders = BigInt(0)
  for (const order of bulk.orders) {
    orders += fen(order.total)
    for (const line of order.items) {
      const amount = fen(line.unit_price) * BigInt(line.quantity)
      const row = products.get(line.sku) ?? { item: line.title, quantity: 0, fen: BigInt(0) }
      row.quantity += line.quantity
      row.fen += amount
      products.set(line.sku, row)
      items += amount
    }
  }
  const rows: PaymentNoticeRow[] = [...products.entries()].map(([sku, row]) => ({
    item: row.item,
    detail: sku,
    quantity: row.quantity,
    amount: fenToYuan(row.fen),
  }))
  const parcels = messages.parcels.replace("{count}", String(bulk.orders.length))
  if (orders - items)
    rows.push({ item: messages.shipping, detail: parcels, amount: fenToYuan(orders - items) })
  const rest = fen(bulk.amount) - orders
  if (rest) rows.push({ item: messages.adjustment, amount: fenToYuan(rest) })
  return {
    number: bulk.reference,
    issued_at: new Date(),
    payer: { name: unit.name, credit_code: unit.credit_code },
    payee: configuredPayee(container),
    amount: bulk.amount,
    reference: bulk.reference,
    deadline: new Date(bulk.payment_deadline),
    rows,
    notes: bulk.po_number ? [messages.po_number.replace("{po}", bulk.po_number)] : [],
  }
}

/** The notice's Chinese texts (file name, refusals), for the routes that answer it. */
export const BULK_NOTICE_MESSAGES = messages
