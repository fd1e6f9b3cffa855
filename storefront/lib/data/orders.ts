import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { backendUrl, medusa, publishableKey } from "./medusa"
import { authHeaders, getLookupToken, orderAccessHeaders, type OrderToken } from "./cookies"

const LIST_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,created_at,total,currency_code,*items"

const DETAIL_FIELDS = [
  "id",
  "customer_id",
  "display_id",
  "email",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*fulfillments",
  "*fulfillments.labels",
].join(",")

/** The logged-in customer's orders, newest first. */
export async function listOrders(limit = 20, offset = 0) {
  const { orders, count } = await medusa.store.order.list(
    { limit, offset, order: "-created_at", fields: LIST_FIELDS } as any,
    await authHeaders()
  )
  return { orders: orders as HttpTypes.StoreOrder[], count: count ?? orders.length }
}

/**
 * An order by id, or null. The backend answers only its logged-in customer,
 * the browser that placed it (its order token) or a guest who looked it up by
 * its contact (the lookup token); anyone else gets null, as for an unknown id.
 */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await medusa.store.order.retrieve(
      id,
      { fields: DETAIL_FIELDS },
      await orderAccessHeaders(id)
    )
    return order as HttpTypes.StoreOrder
  } catch {
    return null
  }
}

/** One of the logged-in customer's orders, or null. */
export async function retrieveCustomerOrder(id: string, customerId: string) {
  const order = await retrieveOrder(id)
  return order?.customer_id === customerId ? order : null
}

export type OrderAid = {
  order_id: string
  currency_code: string
  /** only paid money counts: an order not paid yet has no aid until it is */
  paid: boolean
  paid_at: string | null
  total: string
  towns: { town_id: string; name: string; amount: string }[]
}

/** "您的购买帮扶了": the order's aid by town, from the ledger (the customer's own orders only). */
export async function orderAid(orderId: string): Promise<OrderAid | null> {
  try {
    const { aid } = await medusa.client.fetch<{ aid: OrderAid }>(
      `/store/customers/me/orders/${orderId}/aid`,
      {
        headers: await authHeaders(),
      }
    )
    return aid
  } catch {
    return null
  }
}

export type LookupOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  total: number
  currency_code: string
  items: { id: string; product_title: string; variant_title: string | null; quantity: number }[]
}

/** The orders placed with the contact a guest proved with a code (the lookup token), or null without one. */
export async function lookupOrders(): Promise<{
  contact: string
  orders: LookupOrder[]
  count: number
} | null> {
  const token = await getLookupToken()
  if (!token) return null
  try {
    return await medusa.client.fetch<{ contact: string; orders: LookupOrder[]; count: number }>(
      "/store/order-lookup/orders",
      {
        query: { limit: 50 },
        headers: { "x-order-token": token },
      }
    )
  } catch {
    return null
  }
}

export type LookupAnswer =
  | { ok: true }
  | { ok: false; status: number; code?: string; attempts_left?: number; retry_after?: number }

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
    const data = await response.json().catch(() => ({}))
    if (response.ok) return { ok: true, data: data as T }
    return {
      ok: false,
      status: response.status,
      code: data.code,
      attempts_left: data.attempts_left,
      retry_after: data.retry_after,
    }
  } catch {
    return { ok: false, status: 503 }
  }
}

/** Asks the backend to send a one-time code to a mobile (SMS) or e-mail address. */
export async function requestLookupCode(contact: string, client?: string): Promise<LookupAnswer> {
  const answer = await lookupCall<{ channel: string }>(
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
): Promise<({ ok: true } & OrderToken) | Extract<LookupAnswer, { ok: false }>> {
  const answer = await lookupCall<OrderToken>("/store/order-lookup/sessions", { contact, code })
  return answer.ok
    ? { ok: true, token: answer.data.token, expires_at: answer.data.expires_at }
    : answer
}
