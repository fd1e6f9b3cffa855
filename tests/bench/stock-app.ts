/**
 * The stock Medusa of the side-by-side bench (stock.ts): a plain Medusa app of
 * the same version, written to a temporary folder (no custom modules, no
 * subscribers, no hooks), built from the installed packages and seeded through
 * its admin API with the shop's own catalogue (same products, variants and
 * prices) and the shop's store setup: a tax-inclusive CNY region with the
 * manual payment provider and the shop's 0 % tax rate, the shop's two shipping
 * profiles, stock locations and shipping options (flat where the shop's are
 * priced by weight, which stock Medusa cannot do).
 */
import fs from "node:fs"
import path from "node:path"
import { run } from "../../backend/launcher/processes"
import { bin, rootDir } from "../../backend/launcher/workspace"
import {
  DISPATCH,
  type LocationSpec,
  SHIPPING_OPTIONS,
  SHIPPING_PROFILES,
  SHOWROOM,
} from "../../backend/src/scripts/seed/data/logistics"
import { products } from "../../backend/src/scripts/seed/data/products"
import { DEFAULT_TAX_RATE } from "../../backend/src/scripts/seed/data/taxes"
import type { Storage } from "../../backend/src/scripts/seed/data/types"
import { WEIGHED_SHIPPING_OPTIONS } from "../../backend/src/scripts/seed/data/weighed-shipping"
import { freightQuotes } from "../../backend/src/shared/freight"
import { fenToYuan } from "../../backend/src/shared/money"
import { WEIGHED_OPTIONS } from "../../backend/src/shared/shipping-options"
import { ok } from "../fixtures/production/http"

export const STOCK_ADMIN = { email: "admin@stock.bench", password: "stock-bench-password" }
/** Units per variant on both sides: the bench's checkouts never run out. */
export const BENCH_STOCK_LEVEL = 100_000

const CONFIG = `import { defineConfig } from "@medusajs/framework/utils"

const env = process.env
const redisUrl = env.REDIS_URL
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:8000,http://localhost:9000",
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: redisModules,
})
`

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    declaration: false,
    sourceMap: false,
    outDir: "./.medusa/server",
    rootDir: "./",
    resolveJsonModule: true,
    strict: true,
  },
  include: ["**/*"],
  exclude: ["node_modules", ".medusa"],
}

/** Writes the stock app to `dir` and builds it; answers the folder `medusa start` runs from. */
export async function buildStockApp(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const medusaVersion = JSON.parse(
    fs.readFileSync(path.join(rootDir, "node_modules/@medusajs/medusa/package.json"), "utf8")
  ).version as string
  fs.mkdirSync(path.join(dir, "src", "scripts"), { recursive: true })
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: "stock-medusa",
        version: "0.0.0",
        private: true,
        dependencies: {
          "@medusajs/framework": medusaVersion,
          "@medusajs/medusa": medusaVersion,
          "@medusajs/cli": medusaVersion,
        },
      },
      null,
      2
    )
  )
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), CONFIG)
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2))
  // one source file, so the build has something to compile
  fs.writeFileSync(
    path.join(dir, "src", "scripts", "noop.ts"),
    "export default async function noop() {}\n"
  )
  fs.symlinkSync(path.join(rootDir, "node_modules"), path.join(dir, "node_modules"), "dir")
  await run("stock build", bin("medusa"), ["build"], { cwd: dir, env })
  const serverDir = path.join(dir, ".medusa", "server")
  fs.symlinkSync(path.join(rootDir, "node_modules"), path.join(serverDir, "node_modules"), "dir")
  return serverDir
}

/** Migrations and the admin user of a stock database. */
export async function prepareStockDatabase(serverDir: string, env: NodeJS.ProcessEnv) {
  await run("stock migrate", bin("medusa"), ["db:migrate"], { cwd: serverDir, env })
  await run(
    "stock user",
    bin("medusa"),
    ["user", "-e", STOCK_ADMIN.email, "-p", STOCK_ADMIN.password],
    { cwd: serverDir, env }
  )
}

type Id = { id: string }

/**
 * Seeds a running stock Medusa through its admin API; answers its
 * publishable key. The catalogue is the shop's (backend/src/scripts/seed/data).
 */
export async function seedStockMedusa(base: string): Promise<string> {
  const { token } = await ok("POST", `${base}/auth/user/emailpass`, STOCK_ADMIN)
  const admin = { authorization: `Bearer ${token}` }
  const call = (method: string, route: string, body?: unknown) =>
    ok(method, base + route, body, admin)

  const { sales_channels } = await call("GET", "/admin/sales-channels")
  const channel: Id = sales_channels[0]
  const { api_keys } = await call("GET", "/admin/api-keys?type=publishable")
  const key: string = api_keys[0].token
  await call("POST", `/admin/api-keys/${api_keys[0].id}/sales-channels`, { add: [channel.id] })

  // the shop's region: tax-inclusive CNY prices, taxes computed, its 0 % rate
  const { region } = await call("POST", "/admin/regions", {
    name: "中国大陆",
    currency_code: "cny",
    countries: ["cn"],
    payment_providers: ["pp_system_default"],
    automatic_taxes: true,
    is_tax_inclusive: true,
  })
  const { stores } = await call("GET", "/admin/stores")
  await call("POST", `/admin/stores/${stores[0].id}`, {
    supported_currencies: [{ currency_code: "cny", is_default: true, is_tax_inclusive: true }],
  })
  await call("POST", "/admin/tax-regions", {
    country_code: "cn",
    provider_id: "tp_system",
    default_tax_rate: DEFAULT_TAX_RATE,
  })

  // the shop's shipping: its two profiles, two locations and eight options
  const { shipping_profiles } = await call("GET", "/admin/shipping-profiles?type=default")
  const ambient: Id = shipping_profiles.length
    ? shipping_profiles[0]
    : (
        await call("POST", "/admin/shipping-profiles", {
          name: SHIPPING_PROFILES.ambient.name,
          type: "default",
        })
      ).shipping_profile
  const { shipping_profile: coldChain } = await call("POST", "/admin/shipping-profiles", {
    name: SHIPPING_PROFILES.cold_chain.name,
    type: "cold_chain",
  })
  const profiles: Record<Storage, string> = { ambient: ambient.id, cold_chain: coldChain.id }
  const dispatch = await stockLocation(call, channel, DISPATCH, "shipping")
  const showroom = await stockLocation(call, channel, SHOWROOM, "pickup")
  const zoneOf = { dispatch: dispatch.zoneId, showroom: showroom.zoneId }
  // stock Medusa has no provider pricing by weight: the weighed options are flat at
  // what the shop asks for the lightest parcel (express's base price, freight's minimum)
  const weighed = WEIGHED_SHIPPING_OPTIONS.map((o) => {
    const { service, freight_class } = WEIGHED_OPTIONS[o.code]
    const quote = freightQuotes(freight_class, 0, 0).find((q) => q.service === service)
    if (!quote) throw new Error(`no ${service} price for an empty ${freight_class} parcel`)
    const amount = Number(fenToYuan(quote.amount_fen))
    return { ...o, where: "dispatch" as const, amount, is_return: false }
  })
  for (const o of [...SHIPPING_OPTIONS, ...weighed]) {
    await call("POST", "/admin/shipping-options", {
      name: o.name,
      price_type: "flat",
      provider_id: "manual_manual",
      service_zone_id: zoneOf[o.where],
      shipping_profile_id: profiles[o.profile],
      type: { label: o.label, description: o.description, code: o.code },
      prices: [
        { currency_code: "cny", amount: o.amount },
        { region_id: region.id, amount: o.amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: o.is_return ? "true" : "false", operator: "eq" },
      ],
    })
  }

  for (const product of products) {
    const { product: created } = await call(
      "POST",
      "/admin/products?fields=id,*variants,*variants.inventory_items",
      {
        title: product.title,
        subtitle: product.subtitle,
        description: product.description,
        handle: product.handle,
        status: "published",
        shipping_profile_id: profiles[product.storage],
        sales_channels: [{ id: channel.id }],
        options: [{ title: product.option_title, values: product.variants.map((v) => v.title) }],
        variants: product.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          weight: v.weight_g,
          manage_inventory: true,
          options: { [product.option_title]: v.title },
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      }
    )
    for (const variant of created.variants as {
      inventory_items: { inventory_item_id: string }[]
    }[]) {
      await call(
        "POST",
        `/admin/inventory-items/${variant.inventory_items[0].inventory_item_id}/location-levels`,
        { location_id: dispatch.id, stocked_quantity: BENCH_STOCK_LEVEL }
      )
    }
  }
  return key
}

type AdminCall = (method: string, route: string, body?: unknown) => ReturnType<typeof ok>

/** A stock location selling to `channel` with the manual provider and one fulfillment set. */
async function stockLocation(
  call: AdminCall,
  channel: Id,
  spec: LocationSpec,
  type: "shipping" | "pickup"
): Promise<{ id: string; zoneId: string }> {
  const { stock_location } = await call("POST", "/admin/stock-locations", {
    name: spec.name,
    address: spec.address,
  })
  await call("POST", `/admin/stock-locations/${stock_location.id}/sales-channels`, {
    add: [channel.id],
  })
  await call("POST", `/admin/stock-locations/${stock_location.id}/fulfillment-providers`, {
    add: ["manual_manual"],
  })
  const { stock_location: withSet } = await call(
    "POST",
    `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: spec.fulfillment_set, type }
  )
  const { fulfillment_set } = await call(
    "POST",
    `/admin/fulfillment-sets/${withSet.fulfillment_sets[0].id}/service-zones?fields=*service_zones`,
    { name: spec.zone, geo_zones: [{ type: "country", country_code: "cn" }] }
  )
  return { id: stock_location.id, zoneId: fulfillment_set.service_zones[0].id }
}
