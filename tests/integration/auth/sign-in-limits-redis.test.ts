/**
 * With REDIS_URL set, the sign-in counters live in Redis: every server
 * instance sees the same failures, and a lock outlives the limiter that set
 * it (a restart or another instance keeps refusing). Boots the real app with
 * the shop's config against a real redis-server (installed by .ci/run).
 */
import { shopSuite } from "../../fixtures/http"
import Redis from "ioredis"
import { ephemeralRedis } from "../../fixtures/redis"
import { backendRequire } from "../../fixtures/medusa"

const REDIS_URL = await ephemeralRedis()

const { demoFarmCredentials } = backendRequire("src/scripts/seed/farm-credentials.ts")
const farm = demoFarmCredentials() as { email: string; password: string }
const AuthThrottle = backendRequire("src/modules/auth-throttle/service.ts").default

shopSuite({ env: { REDIS_URL, AUTH_FAILURE_DELAY_MS: "10" } }, ({ api, getContainer }) => {
  const login = (password: string, ip: string) =>
    api.post(
      "/auth/user/emailpass",
      { email: farm.email, password },
      {
        headers: { "x-forwarded-for": ip },
        validateStatus: () => true,
      }
    ) as Promise<{ status: number; data: any }>

  it("keeps the counters in Redis, and a lock outlives the limiter that set it", async () => {
    const redis = new Redis(REDIS_URL)
    try {
      const accountKey = `meixian:auth:account-failures:user:${farm.email}`
      expect((await login("wrong-guess-1", "198.51.100.11")).status).toBe(401)
      expect((await login("wrong-guess-2", "198.51.100.11")).status).toBe(401)
      expect(await redis.get(accountKey)).toBe("2")
      expect(await redis.get("meixian:auth:client-failures:198.51.100.11")).toBe("2")
      // a success forgets the account's failures
      expect((await login(farm.password, "198.51.100.11")).status).toBe(200)
      expect(await redis.exists(accountKey)).toBe(0)

      // lock the account through the app
      const limits = (getContainer().resolve("authThrottle") as any).limits
      for (let i = 1; i <= limits.account.lockAfter; i++) {
        expect((await login(`wrong-guess-${i}`, "198.51.100.12")).status).toBe(401)
      }
      const locked = await login(farm.password, "198.51.100.13")
      expect(locked.status).toBe(429)
      expect(locked.data.code).toBe("account_locked")

      // a limiter made afresh (another instance, or after a restart) sees the lock
      const fresh = new AuthThrottle({}, { redisUrl: REDIS_URL })
      try {
        await fresh.ready()
        const state = await fresh.accountState(fresh.accountKey("user", farm.email))
        expect(state.failures).toBe(limits.account.lockAfter)
        expect(state.lockedForMs).toBeGreaterThan(0)
        const begun = await fresh.beginSignIn({
          account: fresh.accountKey("user", farm.email),
          client: "198.51.100.14",
        })
        expect(begun.refusal?.code).toBe("account_locked")
      } finally {
        await fresh.close()
      }
      // unlocking in Redis (what an operator would do) lets the account in again
      await redis.del(accountKey)
      expect((await login(farm.password, "198.51.100.12")).status).toBe(200)
    } finally {
      await redis.quit()
    }
  })
})
