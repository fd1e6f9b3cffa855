/** Events of quotes (询价). */
export const QuoteEvents = {
  /** sent (or sent again after a change) to the unit: the requester is told (subscribers/quote-notices.ts) */
  SENT: "quote.sent",
} as const
