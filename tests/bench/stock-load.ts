/**
 * The load of the side-by-side bench (stock.ts), the same against both
 * apps: autocannon on a store route, a guest checkout of 8 store calls timed
 * per step (and such checkouts of every app in turn), several buyers checking
 * out at once (the apps in turn, with the CPU time each app's processes used per
 * checkout), and the peak resident memory of its servers meanwhile (stock-proc.ts).
 */
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"
import { ok } from "../fixtures/production/http"
import { cpuMs, serverMiB } from "./stock-proc"
import type { Figures } from "./stock-report"

type AutocannonResult = { requests: { average: number }; non2xx: number; errors: number }
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  headers: Record<string, string>
}) => Promise<AutocannonResult>
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon

/** A running app under test: where it answers and what a guest checkout buys there. */
export type Target = {
  name: string
  base: string
  /** the server processes (one, or those sharing the port of `base`) */
  pids: number[]
  /** the worker processes beside them (none when the servers do the workers' work) */
  workerPids: number[]
  store: Record<string, string>
  regionId: string
  variantId: string
  productId: string
  shippingOptionName: string
}

/** Requests per second on `route`, 10 connections; throws when any answer is not 2xx. */
export async function requestsPerSecond(target: Target, route: string, seconds: number) {
  const result = await autocannon({
    url: target.base + route,
    connections: 10,
    duration: seconds,
    headers: target.store,
  })
  if (result.non2xx || result.errors)
    throw new Error(`${target.name} ${route}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

/** A delivery address both apps accept (the shop checks mobile, province and postcode). */
const ADDRESS = {
  first_name: "李",
  last_name: "明",
  phone: "13800138000",
  country_code: "cn",
  province: "广东省",
  city: "广州市",
  address_1: "天河区体育西路 1 号",
  postal_code: "510620",
}

export const CHECKOUT_STEPS = [
  "cart",
  "line item",
  "address",
  "shipping options",
  "shipping method",
  "payment collection",
  "payment session",
  "complete",
] as const

let buyers = 0

/** How long after a round of orders its work after the responses is left to finish before CPU is read. */
const AFTER_ORDERS_MS = 2_000

/**
 * One guest checkout of 8 store calls with the manual payment provider; answers each step's ms.
 * `mark`, if given, is awaited before each call with the call's name (stock-statements.ts).
 */
export async function checkout(
  target: Target,
  mark?: (label: string) => unknown
): Promise<number[]> {
  const { base, store } = target
  const times: number[] = []
  const step = async <T>(call: () => Promise<T>): Promise<T> => {
    await mark?.(CHECKOUT_STEPS[times.length])
    const start = performance.now()
    const result = await call()
    times.push(performance.now() - start)
    return result
  }
  const { cart } = await step(() =>
    ok("POST", `${base}/store/carts`, { region_id: target.regionId }, store)
  )
  await step(() =>
    ok(
      "POST",
      `${base}/store/carts/${cart.id}/line-items`,
      { variant_id: target.variantId, quantity: 1 },
      store
    )
  )
  await step(() =>
    ok(
      "POST",
      `${base}/store/carts/${cart.id}`,
      {
        email: `bench-${process.pid}-${++buyers}@example.cn`,
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
      },
      store
    )
  )
  const { shipping_options } = await step(() =>
    ok("GET", `${base}/store/shipping-options?cart_id=${cart.id}`, undefined, store)
  )
  const option = shipping_options.find(
    (o: { name: string }) => o.name === target.shippingOptionName
  )
  if (!option) throw new Error(`${target.name}: no shipping option ${target.shippingOptionName}`)
  await step(() =>
    ok("POST", `${base}/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, store)
  )
  const { payment_collection } = await step(() =>
    ok("POST", `${base}/store/payment-collections`, { cart_id: cart.id }, store)
  )
  await step(() =>
    ok(
      "POST",
      `${base}/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      store
    )
  )
  const completed = await step(() =>
    ok("POST", `${base}/store/carts/${cart.id}/complete`, {}, store)
  )
  if (completed.type !== "order")
    throw new Error(`${target.name}: checkout not completed: ${JSON.stringify(completed.error)}`)
  return times
}

/** What one round of buyers at once measured on a target. */
export type AtOnce = {
  perSecond: number
  /** CPU time (ms) per checkout of the target's server processes */
  serverCpuMs: number
  /** the same of its worker processes (0 when it has none: its server does their work) */
  workerCpuMs: number
}

/**
 * `buyerCount` guests checking out `each` orders each at once on `target`: checkouts per
 * second, and the CPU time its processes used per checkout, read once the work its orders
 * started after their responses (subscribers, in the worker when it has one) has settled.
 */
export async function checkoutsAtOnce(
  target: Target,
  buyerCount: number,
  each: number
): Promise<AtOnce> {
  const serverBefore = cpuMs(target.pids)
  const workerBefore = cpuMs(target.workerPids)
  const start = performance.now()
  await Promise.all(
    Array.from({ length: buyerCount }, async () => {
      for (let i = 0; i < each; i++) await checkout(target)
    })
  )
  const count = buyerCount * each
  const perSecond = (count * 1000) / (performance.now() - start)
  await new Promise((r) => setTimeout(r, AFTER_ORDERS_MS))
  return {
    perSecond,
    serverCpuMs: (cpuMs(target.pids) - serverBefore) / count,
    workerCpuMs: (cpuMs(target.workerPids) - workerBefore) / count,
  }
}

/** Runs `work` while sampling each target's peak server memory, which counts as its figure under load. */
async function withPeaks(order: Target[], figures: Figures, work: () => Promise<void>) {
  const peaks = order.map((target) => serverMiB(target.pids))
  const timer = setInterval(() => {
    order.forEach((target, i) => (peaks[i] = Math.max(peaks[i], serverMiB(target.pids))))
  }, 250)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  order.forEach((target, i) => figures.add(target.name, "load memory", peaks[i]))
}

/**
 * `count` checkouts of every target, one target after the other in turn: each app's
 * next checkout starts after the other apps' (its previous order's work long done),
 * and a drift of the machine's speed meets all the apps alike. The peak memory of
 * these checkouts counts for each target's figure under load too.
 */
export async function checkoutsInTurn(order: Target[], count: number, figures: Figures) {
  await withPeaks(order, figures, async () => {
    for (let i = 0; i < count; i++) {
      for (const target of order) figures.addSteps(target.name, await checkout(target), "turns")
    }
  })
}

/**
 * `rounds` rounds of `buyerCount` buyers × `each` checkouts at once on every target, the
 * targets in turn within each round (so a drift of the machine's speed meets all alike):
 * each round adds one figure of checkouts per second and of CPU per checkout per target.
 */
export async function checkoutsAtOnceInTurn(
  order: Target[],
  rounds: number,
  load: { buyers: number; each: number },
  figures: Figures
) {
  await withPeaks(order, figures, async () => {
    for (let round = 0; round < rounds; round++) {
      for (const target of order) {
        const measured = await checkoutsAtOnce(target, load.buyers, load.each)
        figures.add(target.name, "concurrent", measured.perSecond)
        figures.add(target.name, "server cpu", measured.serverCpuMs)
        figures.add(target.name, "app cpu", measured.serverCpuMs + measured.workerCpuMs)
      }
    }
  })
}
