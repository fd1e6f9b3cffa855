import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"

export const planQuoteExpiryStepId = "plan-quote-expiry"

/**
 * Whether the quote expires now, read again under the unit's quote lock: a
 * sent quote whose validity has passed (an acceptance, a change or a second
 * job run before leaves nothing to do). Nothing to undo.
 */
export const planQuoteExpiryStep = createStep(
  planQuoteExpiryStepId,
  async (data: { id: string; now: string }, { container }) => {
    const record = await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .retrieveQuote(data.id, { select: ["id", "status", "valid_until"] })
    const expire =
      record.status === "quoted" &&
      Boolean(record.valid_until) &&
      new Date(record.valid_until as Date).getTime() <= new Date(data.now).getTime()
    return new StepResponse({ expire })
  }
)
