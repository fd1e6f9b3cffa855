/**
 * The load of the side-by-side bench (stock.ts), the same against both
 * apps: autocannon on a store route, a guest checkout of 8 store calls timed
 * per step (and such checkouts of every app in turn), several buyers checking
 * out at once, and the resident memory of the server's process tree.
 */
import fs from "node:fs"
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"
import { ok } from "../fixtures/production/http"
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

/** Checkouts per second with `buyers` guests checking out `each` orders each at once. */
export async function checkoutsPerSecond(target: Target, buyerCount: number, each: number) {
  const start = performance.now()
  await Promise.all(
    Array.from({ length: buyerCount }, async () => {
      for (let i = 0; i < each; i++) await checkout(target)
    })
  )
  return (buyerCount * each * 1000) / (performance.now() - start)
}

/** Resident memory (MiB) of `pid` and its descendants, from /proc. */
export function processTreeMiB(pid: number): number {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ")"
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(Number(entry), ppid)
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child)
        grew = true
      }
    }
  }
  let kib = 0
  for (const p of tree) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8")
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // ended
    }
  }
  return kib / 1024
}

/** Resident memory (MiB) per server process: the largest of `pids`' process trees. */
export function serverMiB(pids: number[]): number {
  return Math.max(...pids.map(processTreeMiB))
}

/**
 * Runs `work` while sampling the servers' memory; answers the work's result
 * and the peak (MiB) of the largest server process.
 */
export async function withPeakMemory<T>(
  pids: number[],
  work: () => Promise<T>
): Promise<[T, number]> {
  let peak = serverMiB(pids)
  const timer = setInterval(() => {
    peak = Math.max(peak, serverMiB(pids))
  }, 250)
  try {
    const result = await work()
    return [result, Math.max(peak, serverMiB(pids))]
  } finally {
    clearInterval(timer)
  }
}

/**
 * `count` checkouts of every target, one target after the other in turn: each app's
 * next checkout starts after the other apps' (its previous order's work long done),
 * and a drift of the machine's speed meets all the apps alike. The peak memory of
 * these checkouts counts for each target's figure under load too.
 */
export async function checkoutsInTurn(order: Target[], count: number, figures: Figures) {
  const peaks = order.map((target) => serverMiB(target.pids))
  const timer = setInterval(() => {
    order.forEach((target, i) => (peaks[i] = Math.max(peaks[i], serverMiB(target.pids))))
  }, 250)
  try {
    for (let i = 0; i < count; i++) {
      for (const target of order) figures.addSteps(target.name, await checkout(target), "turns")
    }
  } finally {
    clearInterval(timer)
  }
  order.forEach((target, i) => figures.add(target.name, "load memory", peaks[i]))
}
