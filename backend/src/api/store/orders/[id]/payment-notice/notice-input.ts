import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  PaymentNoticeInput,
  PaymentNoticeRow,
} from "../../../../../modules/bank-transfer/notice"
import type { BankTransferData } from "../../../../../modules/bank-transfer/service"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import { fenToYuan, parseFen, sumAmounts, yuanString } from "../../../../../shared/money"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../../../types/http/payments"
import { queryRow } from "../../../../../utils/query"
import { loadOrderBuyers } from "../../../../../workflows/aid/order-buyer"
import messages from "./zh-CN.json"

type Decimal = number | string | null | undefined
type RawDecimal = { value?: string | number } | null | undefined

type OrderRow = {
  id: string
  display_id: number | null
  created_at: Date | string
  canceled_at: Date | string | null
  customer_id: string | null
  metadata: Record<string, unknown> | null
  shipping_total: Decimal
  raw_shipping_total: RawDecimal
  billing_address: {
    company: string | null
    first_name: string | null
    last_name: string | null
  } | null
  items:
    | {
        product_title: string | null
        variant_title: string | null
        quantity: Decimal
        total: Decimal
        raw_total: RawDecimal
      }[]
    | null
  payment_collections:
    | ({
        payment_sessions:
          | ({
              id: string
              provider_id: string
              amount: Decimal
              data: Partial<BankTransferData> | null
            } | null)[]
          | null
        payments:
          | ({
              payment_session_id: string
              captured_at: Date | string | null
              canceled_at: Date | string | null
              data: Partial<BankTransferData> | null
            } | null)[]
          | null
      } | null)[]
    | null
}

const FIELDS = [
  "id",
  "display_id",
  "created_at",
  "canceled_at",
  "customer_id",
  "metadata",
  // line totals are computed only with the items' details, tax lines and adjustments
  "item_total",
  "shipping_total",
  "items.*",
  "items.detail.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "billing_address.company",
  "billing_address.first_name",
  "billing_address.last_name",
  "payment_collections.payment_sessions.id",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.amount",
  "payment_collections.payment_sessions.data",
  "payment_collections.payments.payment_session_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.data",
]

const yuan = (raw: RawDecimal, plain: Decimal) => yuanString(String(raw?.value ?? plain ?? 0))

/** Who pays: the order's unit (named on the order, or the buyer's verified unit), else the billing name. */
async function payerOf(container: MedusaContainer, order: OrderRow) {
  const buyer = (await loadOrderBuyers(container, [{ ...order, paid_at: null }])).get(order.id)
  if (buyer?.unit_id) {
    const unit = await container.resolve<UnitModuleService>(UNIT_MODULE).retrieveUnit(buyer.unit_id)
    return { name: unit.name, credit_code: unit.credit_code }
  }
  const billing = order.billing_address
  const name =
    billing?.company?.trim() || `${billing?.last_name ?? ""}${billing?.first_name ?? ""}`.trim()
  return { name, credit_code: null }
}

/**
 * What the 付款通知书 of a 对公转账 order says: its bank-transfer payment still
 * awaiting the money (else 404: no transfer; 400: paid or canceled), one row
 * per line and one for delivery, summing exactly to the amount due.
 */
export async function paymentNoticeOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<PaymentNoticeInput> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<OrderRow>(query, {
    entity: "order",
    fields: FIELDS,
    filters: { id: orderId },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  const collections = order.payment_collections ?? []
  const session = collections
    .flatMap((c) => c?.payment_sessions ?? [])
    .find((s) => s?.provider_id === BANK_TRANSFER_PROVIDER_ID && s.data?.reference)
  const payment = collections
    .flatMap((c) => c?.payments ?? [])
    .find((p) => p && p.payment_session_id === session?.id)
  if (!session || !payment)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, messages.not_transfer)
  if (order.canceled_at || payment.canceled_at || payment.captured_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, messages.not_awaiting)
  }
  const data = { ...session.data, ...payment.data } as BankTransferData
  const amount = yuanString(String(session.amount ?? data.amount))
  const rows: PaymentNoticeRow[] = (order.items ?? []).map((item) => ({
    item: [item.product_title, item.variant_title].filter(Boolean).join(" "),
    quantity: Number(item.quantity),
    amount: yuan(item.raw_total, item.total),
  }))
  const shipping = yuan(order.raw_shipping_total, order.shipping_total)
  if (parseFen(shipping)) rows.push({ item: messages.shipping, amount: shipping })
  const rest =
    (parseFen(amount) ?? BigInt(0)) - (parseFen(sumAmounts(rows.map((r) => r.amount))) ?? BigInt(0))
  if (rest) rows.push({ item: messages.adjustment, amount: fenToYuan(rest) })
  return {
    number: String(order.display_id ?? order.id),
    issued_at: new Date(),
    payer: await payerOf(container, order),
    payee: data.payee,
    amount,
    reference: data.reference,
    deadline: new Date(data.deadline_at ?? Date.now()),
    rows,
  }
}
