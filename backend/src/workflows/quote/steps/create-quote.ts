import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { fenToYuan, parseFen } from "../../../shared/money"
import { quoteDisplayId, quoteDisplayPrefix } from "../../../shared/quote"
import { queryRow } from "../../../utils/query"
import type { QuoteLineRecord } from "../read"
import { recipientOf, type StoredAddress } from "../../../shared/address"

type QuoteCart = {
  id: string
  shipping_total: unknown
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    variant_id: string | null
    quantity: number
    unit_price: unknown
  }[]
  shipping_address: StoredAddress | null
}

export type CreateQuoteInput = {
  unit_id: string
  requested_by: string
  message: string | null
  cart_id: string
  source_cart_id: string
}

const yuan = (value: unknown) => fenToYuan(parseFen(String(value ?? 0)) ?? BigInt(0))

/** The next display reference of the China day (run under the display lock). */
export async function nextQuoteDisplayId(quotes: QuoteModuleService): Promise<string> {
  const now = new Date()
  const prefix = quoteDisplayPrefix(now)
  const [last] = await quotes.listQuotes(
    { display_id: { $like: `${prefix}%` } },
    { select: ["display_id"], order: { display_id: "DESC" }, take: 1, withDeleted: true }
  )
  const next = last ? Number(last.display_id.slice(prefix.length)) + 1 : 1
  return quoteDisplayId(now, next)
}

export const createQuoteStepId = "create-quote"

/**
 * Records the quote from its own cart as Medusa priced it (each line's
 * unit price is its `list_price`: never a price from a body), with the next
 * display reference of the China day (run under the display lock).
 * Removed again when a later step fails.
 */
export const createQuoteStep = createStep(
  createQuoteStepId,
  async (data: CreateQuoteInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = (await queryRow<QuoteCart>(query, {
      entity: "cart",
      fields: [
        "id",
        "shipping_total",
        "items.id",
        "items.title",
        "items.product_title",
        "items.variant_title",
        "items.variant_id",
        "items.quantity",
        "items.unit_price",
        "shipping_address.*",
      ],
      filters: { id: data.cart_id },
    })) as QuoteCart
    const lines: QuoteLineRecord[] = cart.items.map((item) => ({
      id: item.id,
      variant_id: item.variant_id as string,
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      quantity: item.quantity,
      list_price: yuan(item.unit_price),
      quoted_price: null,
    }))
    const recipient = recipientOf(cart.shipping_address)
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await quotes.createQuotes({
      display_id: await nextQuoteDisplayId(quotes),
      unit_id: data.unit_id,
      status: "requested",
      message: data.message,
      lines,
      recipient,
      cart_id: data.cart_id,
      source_cart_id: data.source_cart_id,
      list_shipping: yuan(cart.shipping_total),
      requested_by: data.requested_by,
    })
    return new StepResponse({ id: quote.id }, quote.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuotes(id)
  }
)
