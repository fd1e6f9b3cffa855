/**
 * The one production shop the browser tests share in a run, built and started
 * in the background while the other tests run: the backend's and the
 * storefront's production builds (made again only when stale), Medusa
 * (`medusa start`) and Next.js (`next start`) on free loopback ports, the
 * Stripe API stand-in they pay through, and the databases each browser file
 * starts from: the migrated and seeded shop (from the HTTP tests' seeded
 * database when the run makes one), and a copy of it with the seed's year of
 * demo orders (for the aid dashboard and a unit's statement). A browser file resets the
 * running shop to one of them (tests/fixtures/shop.ts). One Chromium serves the
 * run; each browser file connects to it (tests/fixtures/browser.ts).
 *
 * The shop carries every browser file's settings: Stripe on (keys of the
 * stand-in, its webhooks signed and delivered to the backend), 微信支付 and
 * 支付宝 on (their stand-ins; WeChat Pay's payer is played over a small
 * control address, `wechatpay.payer`, since the stand-in lives here), the
 * storefront's revalidation secret, e-mail and SMS through their stand-ins
 * (tests/setup/message-stand-ins.ts), and a short road to the sign-in lock
 * (4 failures, no waits) for the storefront's lock test.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"
import { freePort } from "../../backend/launcher/database"
import { medusaCommand } from "../../backend/launcher/medusa-command"
import { linkUploadsFolder, serverDir, storefrontProcess } from "../../backend/launcher/shop"
import { readPublishableKey } from "../../backend/launcher/storefront-env"
import { backendDir, bin, storefrontDir } from "../../backend/launcher/workspace"
import { chromiumOptions } from "../fixtures/browser"
import { buildIfStale, buildStorefrontIfStale } from "../fixtures/build"
import { copyDatabase, dropDatabase, onServer, serverUrl } from "../fixtures/database"
import { startStripeStandIn } from "../fixtures/stripe"
import { startChinesePayments } from "./chinese-payments"
import { startMessageStandIns } from "./message-stand-ins"
import {
  awaitStatus,
  freshLogs,
  reportStatus,
  runLogged,
  startLogged,
  stopBackground,
  stopProcess,
} from "./background"
import type { HttpTemplates } from "./http-templates"
import { sharedPostgres } from "./postgres"

export type BrowserShop = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  /** the database the running shop uses (reset by each browser file) */
  database: string
  databaseUrl: string
  /** what a browser file resets the shop to: the seeded shop, or it with the demo orders */
  templates: { seeded: string; demo: string }
  revalidateSecret: string
  stripe: { url: string; secretKey: string; publishableKey: string }
  /**
   * `POST <payer>/pay/<out_trade_no>`: the WeChat Pay stand-in's payer pays (the notification
   * follows); `POST <payer>/expire/<out_trade_no>`: the order's time runs out (WeChat Pay closes it);
   * `POST <payer>/jsapi/pay|cancel` with getBrandWCPayRequest's parameters: WeChat's sheet
   * confirmed (paid when paySign verifies) or cancelled, answering `{ err_msg }`
   */
  wechatpay: { payer: string }
  /** the Alipay stand-in (its cashier pages are opened by the browser) */
  alipay: { url: string }
  /** what the SMTP and SMS stand-ins received (tests/setup/message-stand-ins.ts) */
  messages: { url: string }
}

const LOG = "browser-shop.log"
/** The secret the backend's catalogue events use to expire the storefront's cache. */
const REVALIDATE_SECRET = "browser-test-revalidate-secret"
const STRIPE_WEBHOOK_SECRET = "whsec_meixian_browser_test"

type Started = { shop: BrowserShop; demo: Promise<void>; stop: () => Promise<void> }

let cancelled = false

/** Resolves once `url` answers 2xx; rejects after `timeoutMs` or when the run ends first. */
async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (cancelled) throw new Error("The test run ended before the shop started")
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * Makes `name` the migrated and seeded shop: a copy of the HTTP tests' seeded
 * database when this run makes one (tests/setup/http-templates.ts, the same
 * migrations and seed from the sources), else migrated here. The seed then
 * runs on it (idempotent): it adds what this shop has and the HTTP template
 * has not, Stripe among the region's payment providers.
 */
async function seededShop(name: string, medusa: (args: string[], db: string) => Promise<unknown>) {
  const httpTemplates = process.env.TEST_HTTP_TEMPLATES
  if (httpTemplates) {
    const made = await awaitStatus<HttpTemplates>(httpTemplates, "The HTTP test databases", 300_000)
    await copyDatabase(made.seeded, name)
  } else {
    await onServer(`CREATE DATABASE "${name}"`)
    await medusa(["db:migrate"], name)
  }
  await medusa(["exec", "./src/scripts/seed/index.js"], name)
}

async function startShop(prefix: string): Promise<Started> {
  const stops: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined)
  }
  try {
    const stripe = await startStripeStandIn({
      webhook: { url: "", secret: STRIPE_WEBHOOK_SECRET, autoDeliver: true },
    })
    stops.push(() => stripe.close())
    // 微信支付 and 支付宝 (test stand-ins)
    const { wechatpay, wechatPayer, alipay } = await startChinesePayments()
    stops.push(
      () => wechatpay.close(),
      () => wechatPayer.close(),
      () => alipay.close()
    )
    // e-mail and SMS (test stand-ins), read by the browser files over `messages.url`
    const messages = await startMessageStandIns()
    stops.push(() => messages.close())
    // the storefront's port first: the backend posts revalidations to it
    const storefrontPort = await freePort()
    const backendPort = await freePort()
    const storefrontUrl = `http://localhost:${storefrontPort}`
    const backendUrl = `http://localhost:${backendPort}`
    const database = `${prefix}_live`
    const templates = { seeded: `${prefix}_seeded`, demo: `${prefix}_demo` }
    const env = (db: string): NodeJS.ProcessEnv => ({
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: serverUrl(db),
      JWT_SECRET: "browser-test-jwt-secret",
      COOKIE_SECRET: "browser-test-cookie-secret",
      COOKIE_SECURE: "false",
      // no MEDUSA_BACKEND_URL: the admin calls its own origin, so one build
      // serves shops on any port
      MEDUSA_BACKEND_URL: "",
      ADMIN_CORS: backendUrl,
      AUTH_CORS: backendUrl,
      // uploaded product photos are served by this backend
      FILE_BASE_URL: `${backendUrl}/static`,
      SEED_DEMO_ORDERS: "false",
      STOREFRONT_URL: storefrontUrl,
      STOREFRONT_REVALIDATE_SECRET: REVALIDATE_SECRET,
      STRIPE_API_KEY: stripe.secretKey,
      STRIPE_API_BASE: stripe.url,
      STRIPE_WEBHOOK_SECRET,
      ...wechatpay.env(),
      ALIPAY_APP_ID: alipay.appId,
      ALIPAY_PRIVATE_KEY: alipay.keys.appPrivateKeyPath,
      ALIPAY_PUBLIC_KEY: alipay.keys.alipayPublicKeyPath,
      ALIPAY_GATEWAY: alipay.gateway,
      ALIPAY_NOTIFY_URL: `${backendUrl}/hooks/payment/alipay_alipay`,
      ALIPAY_RETURN_URL: `${storefrontUrl}/checkout/alipay-return`,
      AUTH_LOCK_AFTER_FAILURES: "4",
      AUTH_FAILURE_DELAY_MS: "0",
      ...messages.env,
    })
    // The migrations and seeds write the templates, not the live shop: their events
    // must not expire the running storefront's pages (the demo orders are seeded
    // while the first files run, and each order expired every listing).
    const notRevalidating = { STOREFRONT_URL: "", STOREFRONT_REVALIDATE_SECRET: "" }
    const medusa = (args: string[], db: string, extra: NodeJS.ProcessEnv = {}) =>
      runLogged(LOG, bin("medusa"), args, {
        cwd: serverDir,
        env: { ...env(db), ...notRevalidating, ...extra },
      })

    await buildIfStale(env(database))
    stops.push(() => dropDatabase(templates.seeded))
    await seededShop(templates.seeded, medusa)
    await copyDatabase(templates.seeded, templates.demo)
    stops.push(() => dropDatabase(templates.demo))
    await copyDatabase(templates.seeded, database)
    stops.push(() => dropDatabase(database))
    // the year of demo orders `npm run dev` seeds (what the aid dashboard and a unit's
    // statement show), placed through the same workflows, while the rest starts
    const demo = medusa(["exec", "./src/scripts/seed/index.js"], templates.demo, {
      SEED_DEMO_ORDERS: "true",
    })
    demo.catch(() => undefined)
    const publishableKey = await readPublishableKey(serverUrl(templates.seeded))

    linkUploadsFolder(serverDir, path.join(backendDir, "static"))
    // with the Node flags `npm start` gives a production Medusa process (its heap policy)
    const start = medusaCommand(env(database))
    const backend = startLogged(
      "browser-shop-medusa.log",
      start.command,
      [...start.args, "start", "-H", "127.0.0.1", "-p", String(backendPort)],
      { cwd: serverDir, env: env(database) }
    )
    stops.push(() => stopProcess(backend))
    stripe.webhook!.url = `${backendUrl}/hooks/payment/stripe_stripe`
    wechatpay.deliverTo = backendUrl

    const storefrontEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_URL: storefrontUrl,
      STOREFRONT_REVALIDATE_SECRET: REVALIDATE_SECRET,
      // read at request time, so the build stays shared
      STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
    }
    await buildStorefrontIfStale(storefrontEnv, LOG)
    const next = storefrontProcess("start", storefrontPort, storefrontEnv)
    const storefront = startLogged("browser-shop-storefront.log", bin("next"), next.args, {
      cwd: storefrontDir,
      env: next.env,
    })
    stops.push(() => stopProcess(storefront))
    await waitForHttp(`http://127.0.0.1:${backendPort}/health`, 180_000)
    await waitForHttp(`http://127.0.0.1:${storefrontPort}/`, 120_000)
    return {
      shop: {
        backendUrl,
        storefrontUrl,
        publishableKey,
        database,
        databaseUrl: serverUrl(database),
        templates,
        revalidateSecret: REVALIDATE_SECRET,
        stripe: {
          url: stripe.url,
          secretKey: stripe.secretKey,
          publishableKey: stripe.publishableKey,
        },
        wechatpay: { payer: wechatPayer.url },
        alipay: { url: alipay.url },
        messages: { url: messages.url },
      },
      demo,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export default async function setup() {
  const releasePostgres = await sharedPostgres()
  freshLogs(LOG, "browser-shop-medusa.log", "browser-shop-storefront.log", "backend-build.log")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-browser-"))
  const status = path.join(dir, "shop.json")
  const demoStatus = path.join(dir, "demo.json")
  // one Chromium for the run, each browser file a client of it with contexts of its own
  const browser = await chromium.launchServer(chromiumOptions())
  Object.assign(process.env, {
    TEST_BROWSER_SHOP: status,
    TEST_BROWSER_SHOP_DEMO: demoStatus,
    TEST_BROWSER_WS: browser.wsEndpoint(),
  })
  const started = startShop(`meixian_browser_${process.pid}`)
  const reported = Promise.all([
    reportStatus(
      status,
      started.then((s) => s.shop)
    ),
    reportStatus(
      demoStatus,
      started.then((s) => s.demo).then(() => true)
    ),
  ])
  return async () => {
    // a run that ends first stops what is still being built or started
    cancelled = true
    await stopBackground()
    const shop = await started.catch(() => undefined)
    await reported
    await shop?.stop()
    await browser.close()
    fs.rmSync(dir, { recursive: true, force: true })
    await releasePostgres()
  }
}
