import "server-only"
import type { ErrorResponse } from "@http/common"
import {
  ORDER_TOKEN_HEADER,
  type OrderAccessToken,
  type StoreOrderLookupCodeRefusal,
  type StoreOrderLookupCodeResponse,
  type StoreOrderLookupOrdersResponse,
  type StoreOrderLookupSessionRefusal,
  type StoreOrderLookupSessionResponse,
} from "@http/order-access"
import { getLookupToken } from "./cookies"
import { backendUrl, medusa, publishableKey } from "./medusa"

/**
 * The guest order lookup (the shop's /store/order-lookup routes): a one-time
 * code sent to the buyer's mobile or e-mail, traded for a lookup token, which
 * reads the orders placed with that contact.
 */

/** The orders placed with the contact a guest proved with a code (the lookup token), or null without one. */
export async function lookupOrders(): Promise<StoreOrderLookupOrdersResponse | null> {
  const token = await getLookupToken()
  if (!token) return null
  try {
    return await medusa.client.fetch<StoreOrderLookupOrdersResponse>("/store/order-lookup/orders", {
      query: { limit: 50 },
      headers: { [ORDER_TOKEN_HEADER]: token },
    })
  } catch {
    return null
  }
}

/** What a refusal of the lookup routes may carry: a 400's code and attempts left, a 429's wait. */
type LookupRefusal = Partial<
  Pick<ErrorResponse, "code"> &
    Pick<StoreOrderLookupSessionRefusal, "attempts_left"> &
    Pick<StoreOrderLookupCodeRefusal, "retry_after">
>

export type LookupAnswer = { ok: true } | ({ ok: false; status: number } & LookupRefusal)

/**
 * POSTs to a lookup route with plain fetch: the storefront needs the error's
 * fields (`code`, `attempts_left`, `retry_after`), which Medusa's SDK drops.
 */
async function lookupCall<T>(
  path: string,
  body: Record<string, string>,
  client?: string
): Promise<{ ok: true; data: T } | Extract<LookupAnswer, { ok: false }>> {
  try {
    const response = await fetch(`${backendUrl.replace(/\/$/, "")}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
        // the buyer's address, so the backend's per-client limit counts buyers, not this server
        ...(client ? { "x-forwarded-for": client } : {}),
      },
      body: JSON.stringify(body),
      cache: "no-store",
    })
    const data: unknown = await response.json().catch(() => ({}))
    if (response.ok) return { ok: true, data: data as T }
    const refusal = data as LookupRefusal
    return {
      ok: false,
      status: response.status,
      code: refusal.code,
      attempts_left: refusal.attempts_left,
      retry_after: refusal.retry_after,
    }
  } catch {
    return { ok: false, status: 503 }
  }
}

/** Asks the backend to send a one-time code to a mobile (SMS) or e-mail address. */
export async function requestLookupCode(contact: string, client?: string): Promise<LookupAnswer> {
  const answer = await lookupCall<StoreOrderLookupCodeResponse>(
    "/store/order-lookup/codes",
    { contact },
    client
  )
  return answer.ok ? { ok: true } : answer
}

/** Trades the code for a lookup token (kept in an httpOnly cookie by the caller). */
export async function openLookupSession(
  contact: string,
  code: string
): Promise<({ ok: true } & OrderAccessToken) | Extract<LookupAnswer, { ok: false }>> {
  const answer = await lookupCall<StoreOrderLookupSessionResponse>("/store/order-lookup/sessions", {
    contact,
    code,
  })
  return answer.ok
    ? { ok: true, token: answer.data.token, expires_at: answer.data.expires_at }
    : answer
}
