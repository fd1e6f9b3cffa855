import "server-only"
import { cookies } from "next/headers"
import { ORDER_TOKEN_HEADER, type OrderAccessToken } from "@http/order-access"

const CART_COOKIE = "cart_id"
const AUTH_COOKIE = "customer_jwt"

const base = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (process.env.STOREFRONT_URL ?? "").startsWith("https://"),
  path: "/",
})

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, { ...base(), maxAge: 60 * 60 * 24 * 30 })
}

export async function removeCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...base(), maxAge: 60 * 60 * 24 * 7 })
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

const PLACED_ORDERS_COOKIE = "placed_orders"
const PLACED_ORDERS_KEPT = 10
const LOOKUP_COOKIE = "order_lookup"

/** The claims of a signed token (read, not checked: the backend checks the signature). */
function claimsOf(token: string): { sub?: string; aud?: string; exp?: number } | null {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
  } catch {
    return null
  }
}

const unexpired = (token: string) => (claimsOf(token)?.exp ?? 0) * 1000 > Date.now()

/**
 * The order tokens of the orders placed from this browser (newest first, the
 * last 10, expired ones dropped): its key to each order's confirmation and
 * transfer instructions.
 */
export async function placedOrderTokens(): Promise<string[]> {
  const value = (await cookies()).get(PLACED_ORDERS_COOKIE)?.value
  return value
    ? value.split(",").filter((token) => claimsOf(token)?.aud === "order" && unexpired(token))
    : []
}

/** The order token this browser holds for an order, if it placed it. */
export async function placedOrderToken(orderId: string): Promise<string | undefined> {
  return (await placedOrderTokens()).find((token) => claimsOf(token)?.sub === orderId)
}

export async function rememberPlacedOrder(
  orderId: string,
  orderToken: OrderAccessToken | undefined
) {
  if (!orderToken?.token) return
  const kept = (await placedOrderTokens()).filter((token) => claimsOf(token)?.sub !== orderId)
  const tokens = [orderToken.token, ...kept].slice(0, PLACED_ORDERS_KEPT)
  ;(await cookies()).set(PLACED_ORDERS_COOKIE, tokens.join(","), {
    ...base(),
    maxAge: 60 * 60 * 24 * 30,
  })
}

/** A guest's order-lookup token (after entering the code sent to the contact), if still valid. */
export async function getLookupToken(): Promise<string | undefined> {
  const token = (await cookies()).get(LOOKUP_COOKIE)?.value
  return token && unexpired(token) ? token : undefined
}

export async function setLookupToken(lookup: OrderAccessToken) {
  const seconds = Math.max(1, Math.floor((Date.parse(lookup.expires_at) - Date.now()) / 1000))
  ;(await cookies()).set(LOOKUP_COOKIE, lookup.token, { ...base(), maxAge: seconds })
}

export async function removeLookupToken() {
  ;(await cookies()).delete(LOOKUP_COOKIE)
}

/**
 * Request headers for reading one order: the logged-in customer's token, and
 * this browser's order token for it or else its lookup token (`x-order-token`).
 * The backend decides: the order's customer, its placing browser, or a guest
 * who proved its contact may read it; anyone else gets 404.
 */
export async function orderAccessHeaders(orderId: string): Promise<Record<string, string>> {
  const token = (await placedOrderToken(orderId)) ?? (await getLookupToken())
  return { ...(await authHeaders()), ...(token ? { [ORDER_TOKEN_HEADER]: token } : {}) }
}

/** Request headers carrying the logged-in customer's token, if any. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
