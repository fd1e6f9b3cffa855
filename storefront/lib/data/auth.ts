import "server-only"
import { headers } from "next/headers"
import { authHeaders, getCartId, removeAuthToken, setAuthToken } from "./cookies"
import { backendUrl, medusa } from "./medusa"

/**
 * A refused sign-in, registration or password reset, as the backend answered
 * it: 401 (wrong e-mail or password, an e-mail that cannot register, or a
 * reset link that expired or was used), 429 (too many attempts; `retryAfter`
 * in seconds) or 400 with the password rule broken.
 */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code?: string,
    readonly retryAfter?: number,
    readonly minLength?: number
  ) {
    super(`Authentication refused (${status}${code ? ` ${code}` : ""})`)
  }
}

/** What Medusa's /auth routes answer (a token, or an error's details). */
type AuthAnswer = {
  token?: unknown
  success?: unknown
  code?: unknown
  retry_after?: unknown
  min_length?: unknown
} | null

/**
 * POSTs to Medusa's /auth routes. The buyer's address goes along in
 * X-Forwarded-For (as this server received it), so the backend's per-client
 * sign-in limits count buyers, not the storefront (docs/authentication.md).
 */
async function authFetch(
  path: string,
  body: Record<string, string>,
  extraHeaders: Record<string, string> = {}
): Promise<{ response: Response; data: AuthAnswer }> {
  const forwardedFor = (await headers()).get("x-forwarded-for")
  const response = await fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      ...extraHeaders,
    },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  const data: AuthAnswer = await response.json().catch(() => ({}))
  return { response, data }
}

function authError(response: Response, data: AuthAnswer): AuthError {
  const retryAfter = Number(response.headers.get("retry-after") ?? data?.retry_after)
  return new AuthError(
    response.status,
    typeof data?.code === "string" ? data.code : undefined,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    typeof data?.min_length === "number" ? data.min_length : undefined
  )
}

async function authPost(path: string, body: Record<string, string>): Promise<{ token: string }> {
  const { response, data } = await authFetch(path, body)
  if (!response.ok || typeof data?.token !== "string") throw authError(response, data)
  return { token: data.token }
}

/**
 * Asks the backend to e-mail a password-reset link to a buyer's address. The
 * backend answers the same whether or not the e-mail is registered; a 429
 * (too many requests for the e-mail or from this buyer) throws an AuthError.
 */
export async function requestPasswordReset(email: string) {
  const { response, data } = await authFetch("/auth/customer/emailpass/reset-password", {
    identifier: email,
  })
  if (!response.ok) throw authError(response, data)
}

/**
 * Sets a new password with the token of a reset link (Medusa's contract: the
 * token as bearer). Throws an AuthError: 400 with the password rule broken
 * (the token stays usable), 401 for an expired, used or unknown token, 429.
 */
export async function resetPassword(token: string, password: string) {
  const { response, data } = await authFetch(
    "/auth/customer/emailpass/update",
    { password },
    { authorization: `Bearer ${token}` }
  )
  if (!response.ok || data?.success !== true) throw authError(response, data)
}

/** Logs in with email and password; keeps the token in an httpOnly cookie. */
export async function login(email: string, password: string) {
  const { token } = await authPost("/auth/customer/emailpass", { email, password })
  await setAuthToken(token)
  await adoptCart()
}

/**
 * Creates the auth identity and the customer, then logs in. The backend
 * refuses an e-mail that is taken with the same answer as a failed login;
 * registering with an existing account's own e-mail and password therefore
 * logs in instead (through the login route, with all its checks).
 */
export async function register(input: {
  email: string
  password: string
  first_name: string
  phone?: string
}) {
  let registration: string
  try {
    registration = (
      await authPost("/auth/customer/emailpass/register", {
        email: input.email,
        password: input.password,
      })
    ).token
  } catch (error) {
    if (error instanceof AuthError && error.status === 401)
      return login(input.email, input.password)
    throw error
  }
  await medusa.store.customer.create(
    {
      email: input.email,
      first_name: input.first_name,
      last_name: "",
      phone: input.phone || undefined,
    },
    {},
    { authorization: `Bearer ${registration}` }
  )
  await login(input.email, input.password)
}

export async function logout() {
  await removeAuthToken()
}

/** The visitor's open cart becomes the customer's after logging in. */
async function adoptCart() {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await medusa.store.cart.transferCart(cartId, {}, await authHeaders())
  } catch {
    // a completed or unknown cart stays as it is
  }
}
