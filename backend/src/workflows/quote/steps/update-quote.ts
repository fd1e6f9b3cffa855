import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import type { QuoteStatus } from "../../../types/http/quote"
import type { QuoteLineRecord } from "../read"

export type UpdateQuoteData = {
  id: string
  status?: QuoteStatus
  lines?: QuoteLineRecord[]
  shipping?: string | null
  valid_until?: Date | null
  delivery_from?: string | null
  delivery_to?: string | null
  terms?: string | null
  quoted_at?: Date | null
  quoted_by?: string | null
  decided_at?: Date | null
  decided_by?: string | null
  decline_reason?: string | null
  approval_id?: string | null
  order_id?: string | null
  bulk_order_id?: string | null
}

export const updateQuoteStepId = "update-quote"

/** Writes fields of a quote; the previous values come back when a later step fails. */
export const updateQuoteStep = createStep(
  updateQuoteStepId,
  async (data: UpdateQuoteData, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const fields = Object.keys(data).filter((k) => k !== "id")
    const before = await quotes.retrieveQuote(data.id, { select: ["id", ...fields] })
    await quotes.updateQuotes(data)
    const restore = Object.fromEntries(
      ["id", ...fields].map((f) => [f, (before as Record<string, unknown>)[f]])
    ) as UpdateQuoteData
    return new StepResponse({ id: data.id }, restore)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(before)
  }
)
