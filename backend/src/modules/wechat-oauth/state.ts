import { createHash, createHmac, timingSafeEqual } from "node:crypto"

/**
 * The `state` of the 网页授权 redirect, bound to one cart: the expiry (unix
 * seconds) and an HMAC over `cart id` + expiry. WeChat takes at most 128
 * characters of [a-zA-Z0-9] and hands it back unchanged with the `code`, so
 * a code can only be spent on the cart it was asked for, and not after the
 * expiry. The key is derived from the AppSecret (no other secret to keep).
 */
const MAC_LENGTH = 48

function keyOf(appSecret: string): Buffer {
  return createHash("sha256").update(`wechat-oauth-state:${appSecret}`).digest()
}

function macOf(key: Buffer, cartId: string, expiresAt: number): string {
  return createHmac("sha256", key)
    .update(`${cartId}.${expiresAt}`)
    .digest("hex")
    .slice(0, MAC_LENGTH)
}

export function signState(
  appSecret: string,
  cartId: string,
  ttlSeconds: number,
  now = Date.now()
): { state: string; expires_at: number } {
  const expiresAt = Math.floor(now / 1000) + ttlSeconds
  return {
    state: `${expiresAt}${macOf(keyOf(appSecret), cartId, expiresAt)}`,
    expires_at: expiresAt,
  }
}

/** Why a `state` is refused for this cart ("expired", "mismatch"), or null when it is good. */
export function stateProblem(
  appSecret: string,
  state: string,
  cartId: string,
  now = Date.now()
): "malformed" | "expired" | "mismatch" | null {
  const match = /^(\d{10})([0-9a-f]{48})$/.exec(state)
  if (!match) return "malformed"
  const expiresAt = Number(match[1])
  const expected = Buffer.from(macOf(keyOf(appSecret), cartId, expiresAt))
  if (!timingSafeEqual(expected, Buffer.from(match[2]))) return "mismatch"
  return Math.floor(now / 1000) > expiresAt ? "expired" : null
}
