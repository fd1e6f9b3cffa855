import type { CartDTO, ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"

export type QuoteCartInput = {
  quote_id: string
  /** false: close the quote's cart; true: open it again (an expired quote renewed) */
  open: boolean
  /** false: nothing to do */
  apply: boolean
}

type Changed = { cart_id: string; open: boolean } | null

export const setQuoteCartStepId = "set-quote-cart"

/**
 * The quote's own cart (the copy made when it was requested) closed when the
 * quote is declined, cancelled or expires: soft-deleted through Medusa's Cart
 * module (its items and shipping go with it), so no route reads or completes
 * it; an accept of that quote is refused before it comes to the cart anyway.
 * An expired quote the support team renews gets it back. A cart already as
 * asked, or an order's (completed) cart, is left alone. Undone when a later
 * step fails.
 */
export const setQuoteCartStep = createStep(
  setQuoteCartStepId,
  async (data: QuoteCartInput, { container }) => {
    if (!data.apply) return new StepResponse<Changed, Changed>(null, null)
    const quote = await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .retrieveQuote(data.quote_id, { select: ["id", "cart_id"] })
    // a bulk-order file's quote has no cart of its own
    if (!quote.cart_id) return new StepResponse<Changed, Changed>(null, null)
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    const [cart] = (await carts.listCarts(
      { id: quote.cart_id },
      { select: ["id", "completed_at", "deleted_at"], withDeleted: true, take: 1 }
    )) as (CartDTO & { deleted_at?: Date | null })[]
    if (!cart || cart.completed_at || Boolean(cart.deleted_at) !== data.open) {
      return new StepResponse<Changed, Changed>(null, null)
    }
    if (data.open) await carts.restoreCarts([cart.id])
    else await carts.softDeleteCarts([cart.id])
    const changed: Changed = { cart_id: cart.id, open: data.open }
    return new StepResponse<Changed, Changed>(changed, changed)
  },
  async (changed, { container }) => {
    if (!changed) return
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    if (changed.open) await carts.softDeleteCarts([changed.cart_id])
    else await carts.restoreCarts([changed.cart_id])
  }
)
