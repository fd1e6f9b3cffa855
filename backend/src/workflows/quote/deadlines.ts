import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import { expireQuoteWorkflow } from "./expire-quote"
import { sendQuoteNotice } from "./notices"

const DAY = 24 * 3600_000

/**
 * The job's pass over sent quotes at `now`: those expiring within a day get
 * the reminder (once per validity: the notice's key); those past their
 * validity expire (expireQuoteWorkflow: stored 已过期, approval withdrawn,
 * cart closed). A failure of one quote is logged and left to the next run.
 */
export async function processQuoteDeadlines(
  container: MedusaContainer,
  now: Date = new Date()
): Promise<{ reminded: string[]; expired: string[] }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const soon = await quotes.listQuotes(
    { status: "quoted", valid_until: { $gt: now, $lte: new Date(now.getTime() + DAY) } },
    { select: ["id"], take: 1000 }
  )
  const reminded: string[] = []
  for (const quote of soon) {
    const sent = await sendQuoteNotice(container, "quote-expiring", quote.id).catch((e: Error) => {
      logger.warn(`Quote ${quote.id} expiry reminder failed: ${e.message}`)
      return []
    })
    if (sent.length) reminded.push(quote.id)
  }
  const past = await quotes.listQuotes(
    { status: "quoted", valid_until: { $lte: now } },
    { select: ["id", "unit_id"], take: 1000 }
  )
  const expired: string[] = []
  for (const quote of past) {
    try {
      const { result } = await expireQuoteWorkflow(container).run({
        input: { unit_id: quote.unit_id, id: quote.id, now: now.toISOString() },
      })
      if (result.expired) expired.push(quote.id)
    } catch (error) {
      logger.warn(`Quote ${quote.id} could not expire: ${(error as Error).message}`)
    }
  }
  return { reminded, expired }
}
