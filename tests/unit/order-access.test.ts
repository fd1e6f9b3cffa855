import jwt from "jsonwebtoken"
import { describe, expect, it } from "vitest"
import { normalizeContact } from "../../backend/src/shared/contact"
import { signAccessToken, verifyAccessToken } from "../../backend/src/modules/order-access/tokens"

const SECRET = "a-test-secret-that-is-long-enough-0123456789"

describe("order-access tokens", () => {
  it("grants what was signed, until it expires", () => {
    const now = Date.parse("2026-12-01T00:00:00Z")
    const order = signAccessToken(SECRET, "order", "order_01ABC", 3600, now)
    expect(order.expires_at).toBe("2026-12-01T01:00:00.000Z")
    expect(verifyAccessToken(SECRET, order.token, now + 1000)).toEqual({
      kind: "order",
      order_id: "order_01ABC",
    })
    expect(verifyAccessToken(SECRET, order.token, now + 3601_000)).toBeNull()
    const lookup = signAccessToken(SECRET, "order-lookup", "13912345678", 60, now)
    expect(verifyAccessToken(SECRET, lookup.token, now)).toEqual({
      kind: "order-lookup",
      contact: "13912345678",
    })
  })

  it("signs with the secret's bytes as a key: the same token as with the string, and those still grant", () => {
    const now = Date.parse("2026-12-01T00:00:00Z")
    const iat = now / 1000
    const withString = jwt.sign({ iat, exp: iat + 600 }, SECRET, {
      algorithm: "HS256",
      audience: "order",
      subject: "order_01ABC",
      issuer: "meixian-order-access",
      noTimestamp: true,
    })
    expect(signAccessToken(SECRET, "order", "order_01ABC", 600, now).token).toBe(withString)
    expect(verifyAccessToken(SECRET, withString, now)).toEqual({
      kind: "order",
      order_id: "order_01ABC",
    })
  })

  it("grants nothing to another key, an altered token, 'alg: none' or garbage", () => {
    const { token } = signAccessToken(SECRET, "order", "order_01ABC", 3600)
    expect(verifyAccessToken(`${SECRET}-other`, token)).toBeNull()
    const [header, payload, signature] = token.split(".")
    const altered = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, "base64url").toString()),
        sub: "order_02XYZ",
      })
    ).toString("base64url")
    expect(verifyAccessToken(SECRET, `${header}.${altered}.${signature}`)).toBeNull()
    const none = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")
    expect(verifyAccessToken(SECRET, `${none}.${payload}.`)).toBeNull()
    for (const value of [undefined, "", "abc", 42, ["x"], "a.b.c", "x".repeat(5000)])
      expect(verifyAccessToken(SECRET, value)).toBeNull()
  })
})

describe("buyer contacts", () => {
  it("normalizes mainland mobiles and e-mail addresses, and refuses anything else", () => {
    expect(normalizeContact("13912345678")).toEqual({
      contact: "13912345678",
      kind: "mobile",
      channel: "sms",
    })
    expect(normalizeContact(" +86 139-1234-5678 ")).toEqual({
      contact: "13912345678",
      kind: "mobile",
      channel: "sms",
    })
    expect(normalizeContact("Buyer@Example.CN ")).toEqual({
      contact: "buyer@example.cn",
      kind: "email",
      channel: "email",
    })
    for (const value of [
      "12345678901",
      "1391234567",
      "buyer@",
      "",
      " ",
      null,
      13912345678,
      { contact: "x" },
      `${"a".repeat(250)}@b.cn`,
      "a\u0000b@c.cn",
      "buyer\u202e@example.cn",
    ]) {
      expect(normalizeContact(value)).toBeNull()
    }
  })
})
