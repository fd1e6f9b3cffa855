/**
 * The one Medusa configuration of the shop.
 *
 * Medusa runs with `backend/` as its application root (it reads our code from
 * `backend/src`); `backend/medusa-config.ts` only loads this file. Module paths
 * below therefore resolve against `backend/`.
 */
import { createHmac } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

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

/**
 * Caching (Medusa's Caching Module): the store's product list and product
 * answers (backend/src/catalog-cache, docs/production.md "Caching"). In Redis
 * when REDIS_URL is set, shared by every server; otherwise in Medusa's
 * in-process memory provider, bounded by CATALOGUE_CACHE_MAX_MB.
 */
const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        providers: [
          {
            resolve: "@medusajs/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      }
    : {
        in_memory: {
          enable: true,
          maxSize: Number(env.CATALOGUE_CACHE_MAX_MB || 64) * 1024 * 1024,
        },
      },
}
const redisModules = redisUrl
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

/**
 * Payments: Medusa's system provider, 对公转账 (bank transfer, always on) and,
 * when STRIPE_API_KEY is set, Stripe (STRIPE_API_BASE points the Stripe client
 * at another host, e.g. the local stand-in the tests use).
 */
const stripeProviders = env.STRIPE_API_KEY
  ? [
      {
        resolve: "./src/modules/stripe-payments",
        id: "stripe",
        options: {
          apiKey: env.STRIPE_API_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          capture: true,
          automaticPaymentMethods: true,
          apiBase: env.STRIPE_API_BASE,
        },
      },
    ]
  : []
/**
 * 微信支付 (WeChat Pay API v3, backend/src/modules/wechatpay): registered when
 * WECHATPAY_MCHID is set (docs/payments.md, docs/configuration.md);
 * WECHATPAY_API_BASE points it at another host (the tests' stand-in).
 */
const wechatPayOptions = env.WECHATPAY_MCHID
  ? {
      mchid: env.WECHATPAY_MCHID,
      appid: env.WECHATPAY_APPID,
      merchantSerial: env.WECHATPAY_MERCHANT_SERIAL,
      privateKey: env.WECHATPAY_PRIVATE_KEY,
      // unset both: the platform certificates are downloaded (docs/payments.md)
      platformPublicKey: env.WECHATPAY_PLATFORM_PUBLIC_KEY || undefined,
      platformSerial: env.WECHATPAY_PLATFORM_SERIAL || undefined,
      apiV3Key: env.WECHATPAY_APIV3_KEY,
      notifyUrl: env.WECHATPAY_NOTIFY_URL,
      apiBase: env.WECHATPAY_API_BASE || undefined,
      expireMinutes: env.WECHATPAY_EXPIRE_MINUTES || undefined,
      siteName: env.WECHATPAY_SITE_NAME || "梅县消费帮扶商城",
      siteUrl: env.WECHATPAY_SITE_URL || storefrontUrl,
    }
  : null
const wechatPayProviders = wechatPayOptions
  ? [{ resolve: "./src/modules/wechatpay", id: "wechatpay", options: wechatPayOptions }]
  : []
/**
 * 微信网页授权 (snsapi_base) for JSAPI pay inside WeChat's browser
 * (backend/src/modules/wechat-oauth, docs/payments.md): registered when WeChat
 * Pay is and WECHATPAY_APP_SECRET (the 服务号's AppSecret) is set; without it
 * the checkout inside WeChat shows the QR code. WECHAT_OAUTH_AUTHORIZE_BASE and
 * WECHAT_OAUTH_API_BASE point it at other hosts (the tests' stand-in).
 */
const wechatOauthModules =
  wechatPayOptions && env.WECHATPAY_APP_SECRET
    ? [
        {
          resolve: "./src/modules/wechat-oauth",
          options: {
            appid: env.WECHATPAY_APPID,
            appSecret: env.WECHATPAY_APP_SECRET,
            redirectUrl:
              env.WECHAT_OAUTH_REDIRECT_URL || `${storefrontUrl}/checkout/wechatpay/oauth`,
            authorizeBase: env.WECHAT_OAUTH_AUTHORIZE_BASE || undefined,
            apiBase: env.WECHAT_OAUTH_API_BASE || undefined,
          },
        },
      ]
    : []
/**
 * 支付宝 (Alipay), when ALIPAY_APP_ID is set: 电脑网站支付 and 手机网站支付
 * (backend/src/modules/alipay, docs/payments.md). Keys are PEM files named by
 * ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY (公钥模式), or ALIPAY_APP_CERT,
 * ALIPAY_PUBLIC_CERT and ALIPAY_ROOT_CERT (证书模式); ALIPAY_GATEWAY points the client
 * at another gateway (e.g. the tests' local stand-in).
 */
const alipayOptions = env.ALIPAY_APP_ID
  ? {
      appId: env.ALIPAY_APP_ID,
      privateKeyPath: env.ALIPAY_PRIVATE_KEY,
      alipayPublicKeyPath: env.ALIPAY_PUBLIC_KEY || undefined,
      // 证书模式 (instead of ALIPAY_PUBLIC_KEY): paths or PEM contents
      appCert: env.ALIPAY_APP_CERT || undefined,
      alipayPublicCert: env.ALIPAY_PUBLIC_CERT || undefined,
      alipayRootCert: env.ALIPAY_ROOT_CERT || undefined,
      gateway: env.ALIPAY_GATEWAY || undefined,
      notifyUrl: env.ALIPAY_NOTIFY_URL || `${backendUrl}/hooks/payment/alipay_alipay`,
      returnUrl: env.ALIPAY_RETURN_URL || `${storefrontUrl}/checkout/alipay-return`,
      timeoutMinutes: env.ALIPAY_TIMEOUT_MINUTES || undefined,
    }
  : null
const alipayProviders = alipayOptions
  ? [{ resolve: "./src/modules/alipay", id: "alipay", options: alipayOptions }]
  : []
const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      {
        resolve: "./src/modules/bank-transfer",
        id: "bank-transfer",
        options: {
          accountName: env.BANK_TRANSFER_ACCOUNT_NAME,
          bankName: env.BANK_TRANSFER_BANK_NAME,
          accountNumber: env.BANK_TRANSFER_ACCOUNT_NUMBER,
          deadlineDays: env.BANK_TRANSFER_DEADLINE_DAYS,
        },
      },
      ...stripeProviders,
      ...wechatPayProviders,
      ...alipayProviders,
    ],
  },
}

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
 * Notifications: Medusa's local provider keeps the admin's feed (e.g. farms'
 * low-stock alerts). E-mail goes over SMTP when SMTP_HOST is set, SMS through
 * Tencent Cloud SMS when its keys are set (docs/notifications.md); a channel
 * without its service goes to the `outbox` provider, a development stand-in
 * that renders each message and logs it (backend/src/modules/notification-outbox).
 */
const smtpProviders = env.SMTP_HOST
  ? [
      {
        resolve: "./src/modules/notification-smtp",
        id: "smtp",
        options: {
          channels: ["email"],
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          user: env.SMTP_USER,
          password: env.SMTP_PASSWORD,
          from: env.SMTP_FROM,
        },
      },
    ]
  : []
const smsProviders =
  env.SMS_SECRET_ID && env.SMS_SECRET_KEY
    ? [
        {
          resolve: "./src/modules/notification-sms",
          id: "sms",
          options: {
            channels: ["sms"],
            provider: env.SMS_PROVIDER || "tencent",
            secretId: env.SMS_SECRET_ID,
            secretKey: env.SMS_SECRET_KEY,
            appId: env.SMS_APP_ID,
            signName: env.SMS_SIGN_NAME,
            templateIds: env.SMS_TEMPLATE_IDS,
            region: env.SMS_REGION,
            endpoint: env.SMS_ENDPOINT,
            apiBase: env.SMS_API_BASE,
          },
        },
      ]
    : []
const outboxChannels = [
  ...(smtpProviders.length ? [] : ["email"]),
  ...(smsProviders.length ? [] : ["sms"]),
]
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local Notification Provider", channels: ["feed"] },
      },
      ...(outboxChannels.length
        ? [
            {
              resolve: "./src/modules/notification-outbox",
              id: "outbox",
              options: { channels: outboxChannels },
            },
          ]
        : []),
      ...smtpProviders,
      ...smsProviders,
    ],
  },
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
    providers: [{ resolve: "./src/modules/auth-emailpass", id: "emailpass" }],
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
  // Medusa's own query cache (MEDUSA_FF_CACHING=true) stays off unless asked for: it is emptied
  // by events, and some changes emit none it hears (a price list set active through the pricing
  // module: tests/integration/cache/catalogue-redis.test.ts saw its stale product list). The
  // store's product reads are cached by the shop's catalogue cache (docs/production.md#caching).
  featureFlags: {},
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
        billSources: {
          ...(wechatPayOptions ? { wechatpay: wechatPayOptions } : {}),
          ...(alipayOptions ? { alipay: alipayOptions } : {}),
        },
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
    notificationModule,
    authModule,
    authThrottleModule,
    ...redisModules,
  ],
})
