import "server-only"
import type {
  QuoteStatus,
  StoreAcceptQuoteResponse,
  StoreCreateBulkQuoteInput,
  StoreCreateQuoteInput,
  StoreDeclineQuoteInput,
  StoreQuoteListResponse,
  StoreQuoteResponse,
} from "@http/quote"
import { NOT_CACHED } from "./cache"
import { authHeaders } from "./cookies"
import { medusa, nullIfNotFound } from "./medusa"

/**
 * The unit's quotes (询价, /store/units/me/quotes), asked with the signed-in
 * member's session: the server scopes them to the member's unit (another
 * unit's quote is a 404). Never cached: the support team's price and the
 * unit's decision change them. Prices are never sent: accept carries no body
 * that matters, the server places the order at its own quoted prices.
 */

const BASE = "/store/units/me/quotes"
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`

/** The unit's quotes, newest first (optionally of one status). */
export async function listMyQuotes(
  query: { status?: QuoteStatus; limit?: number; offset?: number } = {}
): Promise<StoreQuoteListResponse> {
  return medusa.client.fetch<StoreQuoteListResponse>(BASE, {
    query: { limit: 50, ...query },
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
}

/** One of the unit's quotes, or null (404: unknown, or another unit's). */
export async function retrieveMyQuote(id: string): Promise<StoreQuoteResponse | null> {
  return nullIfNotFound(
    medusa.client.fetch<StoreQuoteResponse>(one(id), {
      headers: await authHeaders(),
      ...NOT_CACHED,
    })
  )
}

/**
 * A 采购员 or 管理员 asks a price for the cart, or for a bulk-order file's
 * rows (the server checks its threshold, address and every row).
 */
export async function requestQuote(
  body: StoreCreateQuoteInput | StoreCreateBulkQuoteInput
): Promise<StoreQuoteResponse> {
  return medusa.client.fetch<StoreQuoteResponse>(BASE, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

/** Accepts a sent quote: the order is placed, or an approval requested first. */
export async function acceptQuote(id: string): Promise<StoreAcceptQuoteResponse> {
  return medusa.client.fetch<StoreAcceptQuoteResponse>(`${one(id)}/accept`, {
    method: "POST",
    body: {},
    headers: await authHeaders(),
  })
}

/** Declines a sent quote, with the member's reason (optional). */
export async function declineQuote(
  id: string,
  body: StoreDeclineQuoteInput
): Promise<StoreQuoteResponse> {
  return medusa.client.fetch<StoreQuoteResponse>(`${one(id)}/decline`, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}
