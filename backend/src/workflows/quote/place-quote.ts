import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import type { QuoteSource } from "../../types/http/quote"
import { placeBulkQuoteWorkflow } from "./bulk/place-bulk-quote"
import { placeQuoteOrderWorkflow, type PlaceQuoteOrderInput } from "./place-quote-order"

export const quoteSourceStepId = "quote-source"

/** What the quote was requested from (a cart, or a bulk-order file). Nothing to undo. */
export const quoteSourceStep = createStep(
  quoteSourceStepId,
  async (data: { quote_id: string }, { container }) => {
    const [quote] = await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .listQuotes({ id: data.quote_id }, { select: ["id", "source"], take: 1 })
    return new StepResponse({ source: (quote?.source ?? "cart") as QuoteSource })
  }
)

/**
 * What an accepted quote places, at the quoted prices, once: a cart's quote
 * its order (placeQuoteOrderWorkflow), a bulk-order file's quote its bulk
 * order, one order per recipient (placeBulkQuoteWorkflow). Used by the
 * acceptance and by the approval of a `quote` request; run under the unit's
 * spending lock.
 */
export const placeQuoteWorkflow = createWorkflow("place-quote", (input: PlaceQuoteOrderInput) => {
  const found = quoteSourceStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id })))
  const cart = when(
    "place-cart-quote",
    { found },
    ({ found }) => found.source !== "bulk_order"
  ).then(() => placeQuoteOrderWorkflow.runAsStep({ input }))
  const bulk = when(
    "place-bulk-quote",
    { found },
    ({ found }) => found.source === "bulk_order"
  ).then(() => placeBulkQuoteWorkflow.runAsStep({ input }))
  return new WorkflowResponse(
    transform({ cart, bulk }, ({ cart, bulk }) => ({
      order_id: cart?.order_id ?? null,
      bulk_order_id: bulk?.bulk_order_id ?? null,
      order_ids: cart ? [cart.order_id] : (bulk?.order_ids ?? []),
    }))
  )
})
