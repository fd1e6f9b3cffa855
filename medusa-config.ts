/**
 * The one Medusa configuration of the shop.
 *
 * Medusa runs with `backend/` as its application root (it reads our code from
 * `backend/src`); `backend/medusa-config.ts` only loads this file. Module paths
 * below therefore resolve against `backend/`.
 */
import { createHmac, createSecretKey } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { passwordHashing } from "./config/auth"
import { notificationModule } from "./config/notifications"
import { paymentConfig } from "./config/payments"
import { redisModules } from "./config/redis"

// This file sits at the workspace root; the root .env is read from here.
loadEnv(process.env.NODE_ENV || "development", __dirname)

const env = process.env
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const origins = (...urls: string[]) =>
  Array.from(
    new Set(
      urls
        .flatMap((u) => u.split(","))
        .map((u) => u.trim())
        .filter(Boolean)
        .flatMap((u) => [u, u.replace("://localhost", "://127.0.0.1")])
    )
  ).join(",")

/**
 * The support team works in Chinese: the admin opens in 简体中文 unless the
 * user picked another language (Medusa's admin keeps it in the "lng" cookie).
 */
const adminInChineseByDefault = {
  name: "meixian-admin-language",
  transformIndexHtml: () => [
    {
      tag: "script",
      injectTo: "head-prepend" as const,
      children:
        'if(!/(^|; )lng=/.test(document.cookie)&&!localStorage.getItem("lng")){' +
        'document.cookie="lng=zhCN; path=/; max-age=31536000; SameSite=Lax"}',
    },
  ],
}

const isProduction = env.NODE_ENV === "production"
if (isProduction && (!env.JWT_SECRET || !env.COOKIE_SECRET)) {
  throw new Error("JWT_SECRET and COOKIE_SECRET must be set when NODE_ENV=production")
}

const jwtSecret = env.JWT_SECRET || "meixian-dev-jwt-secret"

/**
 * Order privacy (backend/src/modules/order-access): the key that signs the
 * order-access and lookup tokens and hashes the one-time codes.
 * ORDER_ACCESS_SECRET when set (at least 32 characters), otherwise derived
 * from JWT_SECRET (required in production), so it is never a public default
 * in production and changing JWT_SECRET also ends every order token.
 */
const orderAccessSecret =
  env.ORDER_ACCESS_SECRET ||
  createHmac("sha256", jwtSecret).update("meixian-order-access").digest("hex")
if (orderAccessSecret.length < 32) {
  throw new Error("ORDER_ACCESS_SECRET must be at least 32 characters long")
}

const redisUrl = env.REDIS_URL
const { paymentModule, wechatOauthModules, billSources } = paymentConfig(env, {
  storefrontUrl,
  backendUrl,
})

/**
 * Files (product photos uploaded in the admin): Medusa's local provider keeps
 * them in the backend's static/ folder and Medusa serves them at /static.
 * FILE_BASE_URL is the public address of that folder when it is not the
 * backend's own (e.g. behind a CDN or another host name).
 */
const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: env.FILE_BASE_URL || `${backendUrl}/static` },
      },
    ],
  },
}

/**
 * Search: Medusa's Search Module. Meilisearch (backend/src/modules/search-meilisearch)
 * when MEILISEARCH_HOST and MEILISEARCH_API_KEY are set, else the shop's PostgreSQL
 * provider (backend/src/modules/search-postgres: Medusa's, with the store scope
 * written for the planner; no other service to run). Documents and queries are segmented into
 * Chinese words by the shop (backend/src/search) before they reach the engine.
 */
const searchProvider =
  env.MEILISEARCH_HOST && env.MEILISEARCH_API_KEY
    ? {
        resolve: "./src/modules/search-meilisearch",
        id: "meilisearch",
        options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
      }
    : { resolve: "./src/modules/search-postgres", id: "postgres", options: {} }
const searchModule = {
  resolve: "@medusajs/medusa/search",
  options: { providers: [searchProvider] },
}

/**
 * Delivery: Medusa's manual provider (pickups, returns) and the shop's
 * `freight` provider, which prices 标准快递, 冷链配送, 物流专线 and 冷链专线 by
 * the parcel's weight (backend/src/modules/freight, rule in shared/freight.ts).
 */
const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/freight", id: "freight" },
    ],
  },
}

/**
 * Sign-in: the shop's e-mail/password provider under Medusa's id `emailpass`
 * (same answer for known and unknown e-mails), and the sign-in limits of the
 * /auth routes, kept in Redis when REDIS_URL is set (docs/authentication.md).
 */
const authModule = {
  resolve: "@medusajs/medusa/auth",
  options: {
    providers: [
      { resolve: "./src/modules/auth-emailpass", id: "emailpass", options: passwordHashing(env) },
    ],
  },
}
const authThrottleModule = {
  resolve: "./src/modules/auth-throttle",
  options: { redisUrl },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseLogging: false,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: origins(env.STORE_CORS || storefrontUrl),
      adminCors: origins(env.ADMIN_CORS || backendUrl),
      authCors: origins(env.AUTH_CORS || `${storefrontUrl},${backendUrl}`),
      jwtSecret,
      // Tokens are checked with the same secret as a key object: given the string,
      // jsonwebtoken makes one on every verify, first trying it as a PEM public key (an
      // OpenSSL parse and a thrown error, about 0.35 ms of CPU per authenticated request;
      // 0.01 ms with the key). Signing keeps the string (workflows carry it in their
      // serialized input); Medusa asks for the algorithm whenever a verifying key is set.
      jwtPublicKey: createSecretKey(Buffer.from(jwtSecret, "utf8")),
      jwtOptions: { algorithm: "HS256" },
      jwtVerifyOptions: { algorithms: ["HS256"] },
      cookieSecret: env.COOKIE_SECRET || "meixian-dev-cookie-secret",
    },
    // Session cookies are Secure in production (behind TLS); COOKIE_SECURE=false
    // allows the admin over plain http, e.g. `npm start` on localhost.
    ...(env.COOKIE_SECURE === "false"
      ? { cookieOptions: { secure: false, sameSite: "lax" as const } }
      : {}),
  },
  admin: {
    disable: env.ADMIN_DISABLED === "true",
    // "/" = the origin the admin is served from (Medusa serves it at /app).
    backendUrl: env.MEDUSA_BACKEND_URL || "/",
    vite: () => ({ plugins: [adminInChineseByDefault] }),
  },
  // Medusa's query cache is on, but its default provider keeps only the publishable-key check
  // of store requests (config/redis.ts): the queries Medusa would cache otherwise are emptied by
  // events only, and some changes emit none (a price list starting; catalogue-redis.test.ts saw a
  // stale product list). The store's product reads are cached by the shop's catalogue cache
  // (docs/production.md#caching). MEDUSA_FF_CACHING=false turns the query cache off.
  featureFlags: { caching: env.MEDUSA_FF_CACHING !== "false" },
  modules: [
    { resolve: "./src/modules/provenance" },
    { resolve: "./src/modules/aid" },
    { resolve: "./src/modules/farm" },
    { resolve: "./src/modules/order-access", options: { secret: orderAccessSecret } },
    { resolve: "./src/modules/remittance" },
    // 搜索建议: the suggestion table the worker writes and the servers read (docs/search.md)
    { resolve: "./src/modules/search-suggestion" },
    {
      // 支付对账: reads the bills of the online providers configured above
      resolve: "./src/modules/payment-reconciliation",
      options: {
        billSources,
      },
    },
    { resolve: "./src/modules/unit" },
    // yearly aid quotas and verifiable statements of units (docs/statements.md)
    { resolve: "./src/modules/unit-report" },
    {
      resolve: "./src/modules/bulk-order",
      options: { deadlineDays: env.BULK_ORDER_DEADLINE_DAYS },
    },
    // 发票 requests of orders and bulk orders (docs/invoices.md)
    { resolve: "./src/modules/invoice" },
    // quotes (询价) of units (docs/units.md#quotes-询价)
    { resolve: "./src/modules/quote" },
    // the change counter the store catalogue cache keys by (docs/production.md#caching)
    { resolve: "./src/modules/catalogue-changes" },
    paymentModule,
    ...wechatOauthModules,
    fulfillmentModule,
    searchModule,
    fileModule,
    notificationModule(env),
    authModule,
    authThrottleModule,
    ...redisModules(env),
  ],
})
