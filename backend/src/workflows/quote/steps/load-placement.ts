import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { fenToYuan, parseFen } from "../../../shared/money"
import { quoteStatusAt } from "../../../shared/quote"
import { queryRow } from "../../../utils/query"
import { quoteLinesOf } from "../read"

export type QuotePlacement = {
  quote_id: string
  cart_id: string
  customer_id: string
  items: { id: string; unit_price: string; is_custom_price: true }[]
  shipping_methods: { id: string; amount: string; is_custom_amount: true }[]
}

type PlacementCart = {
  id: string
  completed_at: string | null
  items: { id: string; variant_id: string | null; quantity: number }[]
  shipping_methods: { id: string }[]
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
/** exact decimal yuan text, as Medusa stores amounts */
const amount = (yuan: string | null) => fenToYuan(parseFen(yuan ?? "0") ?? BigInt(0))

export const loadQuotePlacementStepId = "load-quote-placement"

/**
 * What placing a quote's order writes on the quote's cart: each line at its
 * quoted price, the delivery at the quoted shipping. Only a quoted quote
 * still valid (China time is just the instant: valid_until is one) whose
 * cart is as it was requested. Nothing to undo.
 */
export const loadQuotePlacementStep = createStep(
  loadQuotePlacementStepId,
  async (data: { quote_id: string; unit_id: string }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const [quote] = await quotes.listQuotes({ id: data.quote_id, unit_id: data.unit_id }, { take: 1 })
    if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `询价单 ${data.quote_id} 不存在`)
    const status = quoteStatusAt(quote.status, quote.valid_until)
    if (status === "expired") throw refuse("报价已过期，不能再接受，请重新询价")
    if (status !== "quoted" || quote.order_id) throw refuse("询价单当前状态不能下单")
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await queryRow<PlacementCart>(query, {
      entity: "cart",
      fields: ["id", "completed_at", "items.id", "items.variant_id", "items.quantity", "shipping_methods.id"],
      filters: { id: quote.cart_id },
    })
    const lines = quoteLinesOf(quote)
    const same =
      cart &&
      !cart.completed_at &&
      cart.items.length === lines.length &&
      lines.every((l) =>
        cart.items.some((i) => i.id === l.id && i.variant_id === l.variant_id && i.quantity === l.quantity)
      )
    if (!cart || !same) throw refuse("询价单的商品已变化，不能按报价下单，请重新询价")
    const [method, ...others] = cart.shipping_methods
    const placement: QuotePlacement = {
      quote_id: quote.id,
      cart_id: cart.id,
      customer_id: quote.requested_by,
      items: lines.map((l) => ({
        id: l.id,
        unit_price: amount(l.quoted_price ?? l.list_price),
        is_custom_price: true as const,
      })),
      // the quote's shipping is charged once, on the cart's (first) delivery
      shipping_methods: [
        ...(method
          ? [{ id: method.id, amount: amount(String(quote.shipping ?? 0)), is_custom_amount: true as const }]
          : []),
        ...others.map((m) => ({ id: m.id, amount: "0.00", is_custom_amount: true as const })),
      ],
    }
    return new StepResponse(placement)
  }
)
