import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REFERENCE_PATTERN } from "../../../modules/bank-transfer/payee"
import type { RemittanceTarget } from "../../../modules/remittance/planner"
import { listBankTransferViews } from "../../bank-transfer/read"
import type { RemittanceResolver } from "./types"

type Address = { company?: string | null; first_name?: string | null; last_name?: string | null }
type OrderPayers = {
  id: string
  billing_address?: Address | null
  shipping_address?: Address | null
  customer?: {
    company_name?: string | null
    first_name?: string | null
    last_name?: string | null
  } | null
}

/** A person's name as the shop writes it (first_name holds the family name: 李 + 明). */
const fullName = (a?: { first_name?: string | null; last_name?: string | null } | null) =>
  a ? `${a.first_name ?? ""}${a.last_name ?? ""}`.trim() : ""

/**
 * The names a single order's payer may carry: the billing company, the
 * customer's company, the shipping company, then the billing and customer's
 * own names (a person paying for themselves), first the likeliest.
 */
function payersOf(order: OrderPayers | undefined): string[] {
  if (!order) return []
  const names = [
    order.billing_address?.company,
    order.customer?.company_name,
    order.shipping_address?.company,
    fullName(order.billing_address),
    fullName(order.customer),
    fullName(order.shipping_address),
  ]
  return [...new Set(names.map((n) => (n ?? "").trim()).filter(Boolean))]
}

/** A single order's 对公转账 payment, by the reference its payment session was given (`MX…`). */
export const orderRemittanceResolver: RemittanceResolver = {
  kind: "order",
  pattern: REFERENCE_PATTERN,
  async resolve(container: MedusaContainer, reference: string): Promise<RemittanceTarget | null> {
    const { payments } = await listBankTransferViews(
      container,
      { reference },
      { limit: 20, offset: 0 }
    )
    const placed = payments.filter((p) => p.order)
    if (!placed.length) return null
    const orderId = placed[0].order!.id
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "billing_address.company",
        "billing_address.first_name",
        "billing_address.last_name",
        "shipping_address.company",
        "shipping_address.first_name",
        "shipping_address.last_name",
        "customer.company_name",
        "customer.first_name",
        "customer.last_name",
      ],
      filters: { id: orderId },
    })
    const own = placed.filter((p) => p.order!.id === orderId)
    return {
      kind: "order",
      id: orderId,
      reference,
      currency_code: own[0].currency_code,
      payers: payersOf(data[0] as OrderPayers | undefined),
      payments: own.map((p) => ({
        payment_id: p.id,
        order_id: orderId,
        amount: p.amount,
        received_amount: p.received_amount,
        state: p.order!.status === "canceled" ? "canceled" : p.state,
      })),
    }
  },
}
