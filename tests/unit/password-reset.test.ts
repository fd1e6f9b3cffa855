import { describe, expect, it } from "vitest"
import {
  minutesLeft,
  passwordResetUrl,
  publicUrls,
  resetEmailOf,
  tokenClaims,
} from "../../backend/src/auth/password-reset"
import { readResetToken } from "../../storefront/lib/account/reset-token"

const jwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`

describe("password-reset links (backend)", () => {
  const urls = { admin: "https://api.example.cn/app", storefront: "https://shop.example.cn" }

  it("points buyers at the storefront's page and users at the admin's, with the token and the e-mail", () => {
    const customer = new URL(passwordResetUrl("customer", "a.b.c", "li+1@example.cn", urls))
    expect(`${customer.origin}${customer.pathname}`).toBe(
      "https://shop.example.cn/account/reset-password"
    )
    expect(customer.searchParams.get("token")).toBe("a.b.c")
    expect(customer.searchParams.get("email")).toBe("li+1@example.cn")
    const user = new URL(passwordResetUrl("user", "a.b.c", "farm@example.cn", urls))
    expect(`${user.origin}${user.pathname}`).toBe("https://api.example.cn/app/reset-password")
  })

  it("reads the public addresses with medusa-config's defaults", () => {
    expect(publicUrls("/app", {})).toEqual({
      admin: "http://localhost:9000/app",
      storefront: "http://localhost:8000",
    })
    expect(
      publicUrls("/app", {
        MEDUSA_BACKEND_URL: "https://api.example.cn/",
        STOREFRONT_URL: "https://shop.example.cn/",
      })
    ).toEqual({
      admin: "https://api.example.cn/app",
      storefront: "https://shop.example.cn",
    })
  })

  it("sends only to identifiers that are e-mail addresses", () => {
    expect(resetEmailOf("buyer@example.cn")).toBe("buyer@example.cn")
    for (const id of [
      "13800138000",
      "wang-fang",
      " buyer@example.cn",
      "a@b",
      "",
      42,
      null,
      "a\u202e@b.cn",
    ]) {
      expect(resetEmailOf(id)).toBeNull()
    }
  })

  it("tells the minutes a token has left", () => {
    const now = Date.parse("2026-12-01T08:00:00Z")
    expect(minutesLeft(jwt({ exp: now / 1000 + 15 * 60 }), now)).toBe(15)
    expect(minutesLeft(jwt({ exp: now / 1000 + 10 }), now)).toBe(1)
    expect(minutesLeft("not-a-token", now)).toBe(15)
    expect(tokenClaims(jwt({ jti: "x" }))).toEqual({ jti: "x" })
  })
})

describe("password-reset links (storefront)", () => {
  const now = Date.parse("2026-12-01T08:00:00Z")
  const claims = { entity_id: "buyer@example.cn", purpose: "reset", exp: now / 1000 + 600 }

  it("shows the form for a reset token within its lifetime, with its e-mail", () => {
    expect(readResetToken(jwt(claims), now)).toEqual({ usable: true, email: "buyer@example.cn" })
  })

  it("calls expired a token past its lifetime, a session token, and anything malformed", () => {
    expect(readResetToken(jwt({ ...claims, exp: now / 1000 - 1 }), now)).toEqual({ usable: false })
    expect(readResetToken(jwt({ ...claims, purpose: undefined }), now)).toEqual({ usable: false })
    for (const token of [undefined, "", "abc", "a.%%%.c", `a.${"x".repeat(5000)}.c`]) {
      expect(readResetToken(token, now)).toEqual({ usable: false })
    }
  })
})
