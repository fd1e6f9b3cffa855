/**
 * The `state` of WeChat's 网页授权 (backend/src/modules/wechat-oauth/state.ts):
 * WeChat's alphabet and length, bound to one cart and one AppSecret, expiring.
 */
import { signState, stateProblem } from "../../backend/src/modules/wechat-oauth/state"

const SECRET = "0123456789abcdef0123456789abcdef"
const CART = "cart_01JQ7Z8X9Y0ABCDEFGHJKMNPQR"

describe("wechat oauth state", () => {
  it("is [A-Za-z0-9], at most 128 characters, and good for its cart until it expires", () => {
    const now = Date.UTC(2026, 11, 2, 3, 0, 0)
    const { state, expires_at } = signState(SECRET, CART, 600, now)
    expect(state).toMatch(/^[A-Za-z0-9]{1,128}$/)
    expect(expires_at).toBe(now / 1000 + 600)
    expect(stateProblem(SECRET, state, CART, now)).toBeNull()
    expect(stateProblem(SECRET, state, CART, now + 600_000)).toBeNull()
    expect(stateProblem(SECRET, state, CART, now + 601_000)).toBe("expired")
  })

  it("is refused for another cart, another AppSecret, a changed expiry or mac, and garbage", () => {
    const now = Date.now()
    const { state } = signState(SECRET, CART, 600, now)
    expect(stateProblem(SECRET, state, `${CART}X`, now)).toBe("mismatch")
    expect(stateProblem(`${SECRET}x`, state, CART, now)).toBe("mismatch")
    const later = String(Number(state.slice(0, 10)) + 3600)
    expect(stateProblem(SECRET, `${later}${state.slice(10)}`, CART, now)).toBe("mismatch")
    const flipped = `${state.slice(0, -1)}${state.endsWith("a") ? "b" : "a"}`
    expect(stateProblem(SECRET, flipped, CART, now)).toBe("mismatch")
    for (const bad of ["", "abc", `${state}0`, state.toUpperCase()]) {
      expect(stateProblem(SECRET, bad, CART, now)).not.toBeNull()
    }
  })
})
