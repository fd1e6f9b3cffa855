import type { IncomingMessage } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { classifyAuthPath } from "../../backend/src/api/auth/auth-guard"
import { clientAddressOf, clientKey, compileTrust } from "../../backend/src/api/auth/client-address"
import { authLimits, failureDelayMs } from "../../backend/src/modules/auth-throttle/limits"
import AuthThrottleModuleService from "../../backend/src/modules/auth-throttle/service"

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as IncomingMessage

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe("sign-in limits", () => {
  it("delay nothing for the free failures, then double up to the maximum", () => {
    const limits = {
      account: { ...authLimits().account, freeFailures: 3 },
      delay: { baseMs: 500, maxMs: 8000 },
    }
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => failureDelayMs(n, limits))).toEqual([
      0, 0, 0, 500, 1000, 2000, 4000, 8000, 8000, 8000,
    ])
  })

  it("read the documented environment overrides and refuse nonsense", () => {
    process.env.AUTH_LOCK_AFTER_FAILURES = "5"
    process.env.AUTH_LOCK_SECONDS = "120"
    process.env.AUTH_TRUSTED_PROXIES = "loopback, 10.0.0.0/8"
    const limits = authLimits()
    expect(limits.account).toMatchObject({ lockAfter: 5, lockSeconds: 120 })
    expect(limits.trustedProxies).toEqual(["loopback", "10.0.0.0/8"])
    process.env.AUTH_LOCK_SECONDS = "soon"
    expect(() => authLimits()).toThrow(
      'AUTH_LOCK_SECONDS must be a whole number of at least 1, got "soon"'
    )
  })

  it("classify the /auth routes the way Medusa's router matches them", () => {
    expect(classifyAuthPath("/auth/user/emailpass")).toEqual({ kind: "login", actorType: "user" })
    expect(classifyAuthPath("/auth/customer/emailpass/")).toEqual({
      kind: "login",
      actorType: "customer",
    })
    expect(classifyAuthPath("/auth/%75ser/EmailPass")).toEqual({ kind: "login", actorType: "user" })
    expect(classifyAuthPath("/auth/customer/emailpass/register")).toEqual({
      kind: "register",
      actorType: "customer",
    })
    expect(classifyAuthPath("/auth/user/emailpass/reset-password")).toEqual({
      kind: "reset",
      actorType: "user",
    })
    expect(classifyAuthPath("/auth/user/emailpass/update")).toEqual({
      kind: "update",
      actorType: "user",
    })
    expect(classifyAuthPath("/auth/token/refresh").kind).toBe("token")
    expect(classifyAuthPath("/auth/session").kind).toBe("token")
    expect(classifyAuthPath("/auth/mfa/challenges/x/verify").kind).toBe("other")
  })

  it("believe X-Forwarded-For only from trusted proxies, and count IPv6 clients by /64", () => {
    const loopback = compileTrust(["loopback"])
    expect(clientAddressOf(request("127.0.0.1", "203.0.113.7"), loopback)).toBe("203.0.113.7")
    // a forged entry before the one the proxy added is never reached
    expect(clientAddressOf(request("127.0.0.1", "1.2.3.4, 203.0.113.7"), loopback)).toBe(
      "203.0.113.7"
    )
    // a client that reaches the server directly cannot choose its address
    expect(clientAddressOf(request("198.51.100.9", "1.2.3.4"), loopback)).toBe("198.51.100.9")
    expect(clientAddressOf(request("::ffff:198.51.100.9"), loopback)).toBe("198.51.100.9")
    // a trusted peer that does not say whom it speaks for is no client of its own
    expect(clientAddressOf(request("127.0.0.1"), loopback)).toBeNull()
    expect(clientAddressOf(request("::1", "127.0.0.1"), loopback)).toBeNull()
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64")
    expect(clientKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64")
    expect(clientKey("not an address")).toBe("unknown")
    const proxies = compileTrust(["10.0.0.0/8"])
    expect(clientAddressOf(request("10.1.2.3", "203.0.113.7"), proxies)).toBe("203.0.113.7")
    expect(clientAddressOf(request("127.0.0.1", "203.0.113.7"), proxies)).toBe("127.0.0.1")
    expect(clientAddressOf(request("10.9.9.9"), proxies)).toBeNull()
  })

  it("reserve a failure before the password check, so parallel guesses stop at the limit", async () => {
    process.env.AUTH_LOCK_AFTER_FAILURES = "10"
    const throttle = new AuthThrottleModuleService({})
    const account = throttle.accountKey("user", " Farm@Example.CN ")
    expect(account).toBe("user:farm@example.cn")
    const attempts = await Promise.all(
      Array.from({ length: 30 }, () => throttle.beginSignIn({ account, client: "203.0.113.1" }))
    )
    const passed = attempts.filter((a) => "ticket" in a)
    expect(passed).toHaveLength(10)
    expect(attempts.filter((a) => "refusal" in a).map((a: any) => a.refusal.code)).toEqual(
      Array(20).fill("account_locked")
    )
    // a success resets the account
    await throttle.settleSignIn((passed[0] as any).ticket, "success")
    expect(await throttle.accountState(account)).toEqual({ failures: 0, lockedForMs: 0 })
  })
})
