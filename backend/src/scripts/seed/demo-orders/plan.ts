import { chinaDayStart, chinaToday } from "../../../shared/china-time"
import type { Buyer } from "../buyers"
import { products as PRODUCTS } from "../data/products"
import type { SeedProduct } from "../data/types"

/** Products units buy in bulk for canteens and staff welfare. */
const BULK_PRODUCTS = [
  "shejiang-simiao-rice",
  "baidu-shrimp-paddy-rice",
  "nankou-cold-pressed-peanut-oil",
  "songyuan-mountain-green-tea",
  "nankou-dried-meicai",
  "meixian-red-pomelo",
]

/** A small deterministic generator: the same history on every machine. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Plan = {
  buyer: Buyer
  placed_at: Date
  lines: { product: SeedProduct; variant: string; quantity: number }[]
  outcome: "completed" | "refunded" | "shipping_refund" | "canceled"
}

/**
 * Who buys what, when, and how it ends: about five family orders and one unit
 * order a month, over the past `months` months (12 unless the tests ask for fewer).
 */
export function planHistory(buyers: Buyer[], now: Date, months = 12): Plan[] {
  const next = random(20261129)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const consumers = buyers.filter((b) => b.kind === "consumer")
  const units = buyers.filter((b) => b.kind === "unit")
  const sellable = PRODUCTS.filter((p) => !p.presale_ships_from)
  const plans: Plan[] = []

  // months of China's calendar (a unit's year and the reports' months are China's)
  const [year, thisMonth] = chinaToday(now).split("-").map(Number)
  const latest = now.getTime() - 2 * 3600_000
  for (let back = months; back >= 1; back--) {
    // the month's first day, as calendar fields in UTC
    const monthStart = new Date(Date.UTC(year, thisMonth - 1 - back + 1, 1))
    const month = monthStart.getUTCMonth() + 1
    const daysInMonth = new Date(Date.UTC(monthStart.getUTCFullYear(), month, 0)).getUTCDate()
    const begins = chinaDayStart(monthStart.toISOString().slice(0, 10)).getTime()
    const inSeason = sellable.filter((p) => p.harvest_months.includes(month))
    const choices = inSeason.length >= 3 ? [...inSeason, ...inSeason, ...sellable] : sellable
    const when = () => {
      const day = 1 + Math.floor(next() * daysInMonth)
      const hour = Math.floor(next() * 14) // 00-14 UTC = 08:00-22:00 of that day in China
      const at = new Date(
        Date.UTC(monthStart.getUTCFullYear(), month - 1, day, hour, Math.floor(next() * 60))
      )
      // not later than two hours ago, nor before the month (its first hours: the new year's
      // first order may be minutes old)
      const last = Math.max(begins, latest)
      return at.getTime() < last ? at : new Date(last)
    }
    const outcome = (): Plan["outcome"] => {
      const roll = next()
      return roll < 0.06
        ? "canceled"
        : roll < 0.14
          ? "refunded"
          : roll < 0.17
            ? "shipping_refund"
            : "completed"
    }
    const variantOf = (product: SeedProduct) => {
      const available = product.variants.filter((v) => v.stock > 0)
      return pick(available.length ? available : product.variants).title
    }

    for (let n = 0; n < 5; n++) {
      const count = 1 + Math.floor(next() * 3)
      const chosen = new Map<string, SeedProduct>()
      while (chosen.size < count) {
        const product = pick(choices)
        chosen.set(product.handle, product)
      }
      plans.push({
        buyer: pick(consumers),
        placed_at: when(),
        lines: [...chosen.values()].map((product) => ({
          product,
          variant: variantOf(product),
          quantity: 1 + Math.floor(next() * 3),
        })),
        outcome: outcome(),
      })
    }
    const bulk = sellable.filter((p) => BULK_PRODUCTS.includes(p.handle))
    const first = pick(bulk)
    const second = pick(bulk.filter((p) => p.handle !== first.handle))
    plans.push({
      buyer: pick(units),
      placed_at: when(),
      lines: [first, ...(next() < 0.5 ? [second] : [])].map((product) => ({
        product,
        variant: variantOf(product),
        quantity: 30 + 10 * Math.floor(next() * 28),
      })),
      outcome: next() < 0.9 ? "completed" : "refunded",
    })
  }
  return plans.sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime())
}
