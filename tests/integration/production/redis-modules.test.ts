/**
 * With REDIS_URL set, the shop runs Medusa's production modules on Redis: the
 * event bus, the workflow engine, locking and caching. Boots the real app with
 * the shop's config against a real redis-server (installed by .ci/run).
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { ephemeralRedis } from "../../fixtures/redis"
import { adminHeaders, runSeed, storeHeaders } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"

const REDIS_URL = await ephemeralRedis()

// the file seeds in a test, through the Redis modules: it starts from the migrated database
shopSuite({ seeded: false, env: { REDIS_URL } }, ({ api, getContainer }) => {
  it("uses Redis for events, workflows, locking and caching", async () => {
    const container = getContainer()
    expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
    const engine = container.resolve(Modules.WORKFLOW_ENGINE) as any
    // Only the Redis workflow engine has a Redis disconnect handler.
    expect(typeof engine.redisDisconnectHandler_).toBe("function")
    const locking = container.resolve(Modules.LOCKING) as any
    expect(locking.defaultProviderId).toBe("locking-redis")
    // the catalogue cache names Redis (catalogue-redis.test.ts finds its entries there); Medusa's
    // own query cache keeps only the publishable-key check, in process
    const caching = container.resolve(Modules.CACHING) as any
    expect(caching.providerService.retrieveProvider("caching-redis").constructor.name).toBe(
      "RedisCachingProvider"
    )
    expect(caching.defaultProviderId).toBe("caching-versioned")
  })

  it("runs a subscriber that failed again (e.g. while Postgres restarted), and only that one", async () => {
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    const calls = { flaky: 0, steady: 0 }
    eventBus.subscribe(
      "faults.retry-check",
      async () => {
        calls.flaky++
        if (calls.flaky === 1) throw new Error("Connection terminated: the database restarts")
      },
      { subscriberId: "retry-check-flaky" }
    )
    eventBus.subscribe("faults.retry-check", async () => void calls.steady++, {
      subscriberId: "retry-check-steady",
    })
    await eventBus.emit({ name: "faults.retry-check", data: { id: "check" } })
    await eventually(async () => calls.flaky === 2, 60_000)
    expect(calls.steady).toBe(1)
  })

  it("seeds and serves the shop, with its work passing through Redis", async () => {
    await runSeed(getContainer())
    const admin = await adminHeaders(api, getContainer())
    const store = await storeHeaders(getContainer())
    const { data } = await api.get("/store/towns", store)
    expect(data.towns).toHaveLength(5)
    const created = await api.post(
      "/admin/towns",
      { handle: "redis-check", name: "检查镇", name_pinyin: "Jiancha" },
      admin
    )
    expect(created.status).toBe(201)

    const client = new Redis(REDIS_URL)
    const keys = await client.keys("*")
    await client.quit()
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.some((k) => /bull|workflow|medusa/i.test(k))).toBe(true)
  })
})
