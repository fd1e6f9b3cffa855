/**
 * Sign-in limits on the running app: per-account slow-down and lock,
 * per-client lock, and the same answer and hashing work for unknown e-mails.
 * Each test speaks from its own client address (X-Forwarded-For from the
 * loopback peer, which the limits trust), so their counters stay apart.
 */
import { shopSuite } from "../../fixtures/http"
import {
  CLIENT_MAX_FAILURES,
  DELAY_MS,
  farm,
  LOCK_SECONDS,
  SIGN_IN_ENV,
  scrypt,
  signIn,
  sleep,
} from "../../fixtures/sign-in"

shopSuite({ env: SIGN_IN_ENV }, (shop) => {
  const { post, throttle, registerCustomer } = signIn(shop)

  /**
   * 100 wrong passwords for one account: answers slow down after the free
   * failures, the account locks after `lockAfter`, the right password is
   * refused during the lock (from any address), and works once it is over.
   */
  const bruteForce = async (actorType: string, email: string, password: string, ip: string) => {
    const url = `/auth/${actorType}/emailpass`
    const limits = throttle().limits
    const key = throttle().accountKey(actorType, email)
    const answers: { status: number; delay: number; retryAfter: number; data: any }[] = []
    for (let i = 1; i <= 100; i++) {
      const res = await post(url, { email, password: `wrong-guess-${i}` }, ip)
      answers.push({
        status: res.status,
        delay: Number(res.headers["x-auth-delay"] ?? 0),
        retryAfter: Number(res.headers["retry-after"] ?? 0),
        data: res.data,
      })
      if (i === limits.account.lockAfter) {
        // the limiter's own state: ten failures, and locked
        const state = await throttle().accountState(key)
        expect(state.failures).toBe(limits.account.lockAfter)
        expect(state.lockedForMs).toBeGreaterThan(0)
      }
      if (i === limits.account.lockAfter + 1) {
        // the right password is refused while the lock lasts, from any address
        const during = await post(url, { email: email.toUpperCase(), password }, "203.0.113.250")
        expect(during.status).toBe(429)
        expect(during.data.code).toBe("account_locked")
      }
    }
    const free = limits.account.freeFailures
    const lockAfter = limits.account.lockAfter
    // the first failures answer 401 with the same body; from the fourth on, each waits longer
    expect(answers.slice(0, lockAfter).map((a) => a.status)).toEqual(Array(lockAfter).fill(401))
    expect(new Set(answers.slice(0, lockAfter).map((a) => JSON.stringify(a.data))).size).toBe(1)
    expect(answers.slice(0, free).every((a) => a.delay === 0)).toBe(true)
    const delays = answers.slice(free, lockAfter).map((a) => a.delay)
    expect(delays[0]).toBe(DELAY_MS)
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1])
    expect(delays.at(-1)).toBeGreaterThan(delays[0])
    // then 429 with Retry-After and a clear message
    const locked = answers[lockAfter]
    expect(locked.status).toBe(429)
    expect(locked.retryAfter).toBeGreaterThanOrEqual(1)
    expect(locked.retryAfter).toBeLessThanOrEqual(LOCK_SECONDS)
    expect(locked.data).toMatchObject({
      type: "too_many_requests",
      code: "account_locked",
      retry_after: locked.retryAfter,
    })
    expect(locked.data.message).toMatch(
      /Too many failed sign-in attempts for this account\. Try again in \d+ seconds\./
    )
    // however slow this machine, never more than `lockAfter` password checks in a row
    let run = 0
    for (const answer of answers) {
      expect([401, 429]).toContain(answer.status)
      run = answer.status === 401 ? run + 1 : 0
      expect(run).toBeLessThanOrEqual(lockAfter)
    }
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThan(answers.length / 2)

    // after the lock window the right password works and forgets the failures
    const last = answers.at(-1)!
    if (last.status === 429) await sleep(last.retryAfter * 1000 + 300)
    const after = await post(url, { email, password }, ip)
    expect(after.status).toBe(200)
    expect(await throttle().accountState(key)).toEqual({ failures: 0, lockedForMs: 0 })
    const next = await post(url, { email, password: "wrong-again" }, ip)
    expect(next.status).toBe(401)
    expect(next.headers["x-auth-delay"]).toBeUndefined()
    expect((await post(url, { email, password }, ip)).status).toBe(200)
  }

  it("slows down and then locks a farm account after repeated wrong passwords", async () => {
    await bruteForce("user", farm.email, farm.password, "198.51.100.1")
  })

  it("slows down and then locks a customer account after repeated wrong passwords", async () => {
    await registerCustomer("locked.buyer@example.cn", "meixian-buyer-2026", "198.51.100.2")
    await bruteForce("customer", "locked.buyer@example.cn", "meixian-buyer-2026", "198.51.100.2")
  })

  it("locks a client address after many failures across many e-mails", async () => {
    const ip = "198.51.100.3"
    const statuses: number[] = []
    for (let i = 1; i <= CLIENT_MAX_FAILURES + 5; i++) {
      const res = await post(
        "/auth/user/emailpass",
        { email: `guess-${i}@example.cn`, password: "wrong-guess-2026" },
        ip
      )
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.data.code).toBe("client_locked")
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(60)
      }
    }
    expect(statuses.slice(0, CLIENT_MAX_FAILURES)).toEqual(Array(CLIENT_MAX_FAILURES).fill(401))
    expect(statuses.slice(CLIENT_MAX_FAILURES)).toEqual(Array(5).fill(429))
    // the right password from that address waits too; from another address it works
    expect((await post("/auth/user/emailpass", farm, ip)).status).toBe(429)
    expect((await post("/auth/user/emailpass", farm, "198.51.100.4")).status).toBe(200)
    expect((await throttle().clientState(ip)).lockedForMs).toBeGreaterThan(0)
    // successful sign-ins do not count as failures
    for (let i = 0; i <= CLIENT_MAX_FAILURES; i++) {
      expect((await post("/auth/user/emailpass", farm, "198.51.100.5")).status).toBe(200)
    }
  })

  it("answers an unknown e-mail exactly as a wrong password, after the same hashing work", async () => {
    const ip = "198.51.100.6"
    const verify = vi.spyOn(scrypt, "verify")
    const kdf = vi.spyOn(scrypt, "kdf")
    try {
      const known = await post(
        "/auth/user/emailpass",
        { email: farm.email, password: "not-the-password-1" },
        ip
      )
      const knownVerifications = verify.mock.calls.length
      const knownDerivations = kdf.mock.calls.length
      verify.mockClear()
      kdf.mockClear()
      const unknown = await post(
        "/auth/user/emailpass",
        { email: "nobody@dongxi-demo.example.cn", password: "not-the-password-1" },
        ip
      )
      expect(unknown.status).toBe(401)
      expect(known.status).toBe(401)
      expect(unknown.data).toEqual(known.data)
      expect(known.data).toEqual({ type: "unauthorized", message: "Invalid email or password" })
      // one scrypt verification on both paths, and no other hashing
      expect(knownVerifications).toBe(1)
      expect(verify.mock.calls.length).toBe(1)
      expect(kdf.mock.calls.length).toBe(knownDerivations)
      // the same for a customer
      verify.mockClear()
      const customer = await post(
        "/auth/customer/emailpass",
        { email: "nobody@example.cn", password: "x-1234567890" },
        ip
      )
      expect(customer.status).toBe(401)
      expect(customer.data).toEqual(known.data)
      expect(verify.mock.calls.length).toBe(1)
    } finally {
      verify.mockRestore()
      kdf.mockRestore()
    }
  })
})
