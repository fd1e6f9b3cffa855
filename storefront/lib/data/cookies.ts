import "server-only"
import { cookies } from "next/headers"

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

/** Ids of the orders placed from this browser (newest first), so their confirmation can be shown again. */
export async function placedOrderIds(): Promise<string[]> {
  const value = (await cookies()).get(PLACED_ORDERS_COOKIE)?.value
  return value ? value.split(",").filter(Boolean) : []
}

export async function rememberPlacedOrder(id: string) {
  const ids = [id, ...(await placedOrderIds()).filter((known) => known !== id)].slice(0, PLACED_ORDERS_KEPT)
  ;(await cookies()).set(PLACED_ORDERS_COOKIE, ids.join(","), { ...base(), maxAge: 60 * 60 * 24 * 30 })
}

/** Request headers carrying the logged-in customer's token, if any. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
