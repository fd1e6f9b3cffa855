import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import type { InvoiceTargetFilter } from "../../modules/invoice/service"
import type { InvoiceableInput } from "../../shared/invoice"
import { parseFen } from "../../shared/money"
import { queryRow, queryRows } from "../../utils/query"

type Amount = { amount: number | string | null; raw_amount?: { value?: string } | null }
type PaymentRow = {
  canceled_at: string | null
  captures: (Amount | null)[] | null
  refunds: (Amount | null)[] | null
}
type OrderPayments = {
  id: string
  payment_collections: ({ payments: (PaymentRow | null)[] | null } | null)[] | null
}

const fenOf = (a: Amount | null) =>
  a ? (parseFen(String(a.raw_amount?.value ?? a.amount ?? 0)) ?? BigInt(0)) : BigInt(0)
const sumFen = (rows: (Amount | null)[] | null) =>
  (rows ?? []).reduce((sum, row) => sum + fenOf(row), BigInt(0))

/** The orders an invoice target covers: the order itself, or a bulk order's parcels. */
export async function ordersOfTarget(
  container: MedusaContainer,
  target: InvoiceTargetFilter
): Promise<string[]> {
  if ("order_id" in target) return [target.order_id]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bulk = await queryRow<{ orders: ({ id: string } | null)[] | null }>(query, {
    entity: "bulk_order",
    fields: ["id", "orders.id"],
    filters: { id: target.bulk_order_id },
  })
  return (bulk?.orders ?? []).flatMap((o) => (o ? [o.id] : []))
}

/**
 * What a target's buyers paid (captured), were refunded, and already
 * requested as invoices not reversed, in whole fen, read from Medusa's
 * payments (captures and refunds) and the invoice module.
 */
export async function invoiceableInput(
  container: MedusaContainer,
  target: InvoiceTargetFilter
): Promise<InvoiceableInput> {
  const orderIds = await ordersOfTarget(container, target)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders = orderIds.length
    ? await queryRows<OrderPayments>(query, {
        entity: "order",
        fields: [
          "id",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.captures.raw_amount",
          "payment_collections.payments.refunds.amount",
          "payment_collections.payments.refunds.raw_amount",
        ],
        filters: { id: orderIds },
      })
    : []
  let paid = BigInt(0)
  let refunded = BigInt(0)
  for (const order of orders) {
    for (const collection of order.payment_collections ?? []) {
      for (const payment of collection?.payments ?? []) {
        if (!payment) continue
        paid += sumFen(payment.captures)
        refunded += sumFen(payment.refunds)
      }
    }
  }
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  return { paid, refunded, requested: await invoices.requestedFen(target) }
}
