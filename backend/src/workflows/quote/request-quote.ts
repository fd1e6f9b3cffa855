import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createQuoteStep } from "./steps/create-quote"
import { prepareQuoteRequestStep } from "./steps/prepare-request"

export type RequestQuoteInput = {
  unit_id: string
  customer_id: string
  cart_id: string
  message?: string | null
}

/** Display references are numbered per China day: one request at a time takes the next. */
export const DISPLAY_LOCK = { key: "quote:display-id", timeout: 15, ttl: 30 }

/**
 * A 采购员 or 管理员 asks for a price on their cart: the quote gets its own
 * cart, a copy of the member's (items, address, delivery; Medusa prices it
 * for the member as it priced theirs), so the member may go on shopping
 * while the support team answers, and the quote records that cart's lines
 * and prices. Any failure removes the copy and the quote.
 */
export const requestQuoteWorkflow = createWorkflow("request-quote", (input: RequestQuoteInput) => {
  const prepared = prepareQuoteRequestStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
    }))
  )
  const cart = createCartWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => prepared.cart),
  })
  addShippingMethodToCartWorkflow.runAsStep({
    input: transform({ prepared, cart }, ({ prepared, cart }) => ({
      cart_id: cart.id,
      options: prepared.shipping_options,
    })),
  })
  acquireLockStep(DISPLAY_LOCK)
  const quote = createQuoteStep(
    transform({ input, prepared, cart }, ({ input, prepared, cart }) => ({
      unit_id: input.unit_id,
      requested_by: input.customer_id,
      message: input.message ?? null,
      cart_id: cart.id,
      source_cart_id: prepared.source_cart_id,
    }))
  )
  releaseLockStep({ key: DISPLAY_LOCK.key })
  return new WorkflowResponse(quote)
})
