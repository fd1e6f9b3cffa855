/**
 * Medusa's Redis modules (event bus, workflow engine, locking) when REDIS_URL
 * is set, and the Caching Module either way; part of the root
 * medusa-config.ts, which calls this after loading the environment.
 */
export function redisModules(env: NodeJS.ProcessEnv) {
  const redisUrl = env.REDIS_URL
  /**
   * Caching (Medusa's Caching Module), with Medusa's `caching` flag on
   * (medusa-config.ts). Its default provider, caching-versioned
   * (backend/src/modules/caching-versioned), keeps, in process, the
   * publishable-key check of every store request (30 s at most) and the
   * queries Medusa's cart workflows cache (regions, shipping options, stock
   * locations, variants, price sets) under the catalogue's version, which it
   * reads from the catalogue module (hence the dependency). The store's
   * product list and product answers (backend/src/catalog-cache,
   * docs/production.md "Caching") are kept by name in Redis (caching-redis)
   * when REDIS_URL is set, shared by every server; otherwise in Medusa's
   * in-process memory provider (cache-memory), bounded by
   * CATALOGUE_CACHE_MAX_MB.
   */
  const versionedProvider = {
    resolve: "./src/modules/caching-versioned",
    id: "caching-versioned",
    is_default: true,
  }
  const cachingModule = {
    resolve: "@medusajs/medusa/caching",
    dependencies: ["catalogue_changes"],
    options: redisUrl
      ? {
          providers: [
            versionedProvider,
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              options: { redisUrl },
            },
          ],
        }
      : {
          in_memory: {
            enable: true,
            maxSize: Number(env.CATALOGUE_CACHE_MAX_MB || 64) * 1024 * 1024,
          },
          providers: [versionedProvider],
        },
  }
  const modules = redisUrl
    ? [
        {
          resolve: "@medusajs/medusa/event-bus-redis",
          options: {
            redisUrl,
            // Medusa tries an event once by default: a subscriber that fails
            // while Postgres restarts (the ledger sync, the stock checks) would
            // never run again. Failed subscribers (only those) are retried with
            // backoff for about four minutes; failed jobs stay a week for
            // inspection. The aid-ledger catch-up job covers what is lost even so.
            jobOptions: {
              attempts: 8,
              backoff: { type: "exponential", delay: 2000 },
              removeOnComplete: true,
              removeOnFail: { age: 7 * 24 * 3600 },
            },
            // BullMQ takes one event at a time per process by default: an order's
            // subscribers (ledger, farms' stock, notices, revalidation) queued behind
            // each other, and the subscribers that gather the events of a short
            // window (utils/coalesce.ts) never saw two. Ten at once, as the local
            // event bus runs them; the subscribers are safe to run concurrently.
            workerOptions: { concurrency: 10 },
          },
        },
        {
          resolve: "@medusajs/medusa/workflow-engine-redis",
          options: { redis: { redisUrl } },
        },
        {
          resolve: "@medusajs/medusa/locking",
          options: {
            providers: [
              {
                resolve: "@medusajs/medusa/locking-redis",
                id: "locking-redis",
                is_default: true,
                options: { redisUrl },
              },
            ],
          },
        },
        cachingModule,
      ]
    : [cachingModule]
  return modules
}
