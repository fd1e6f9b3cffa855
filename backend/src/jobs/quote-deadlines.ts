import type { MedusaContainer } from "@medusajs/framework/types"
import { processQuoteDeadlines } from "../workflows/quote/deadlines"

/**
 * Every hour: a sent quote expiring within a day reminds the member who
 * asked for it (once); one past its validity expires and its cart is closed
 * (backend/src/workflows/quote/deadlines.ts).
 */
export default async function quoteDeadlinesJob(container: MedusaContainer) {
  await processQuoteDeadlines(container, new Date())
}

export const config = {
  name: "quote-deadlines",
  schedule: "41 * * * *",
}
