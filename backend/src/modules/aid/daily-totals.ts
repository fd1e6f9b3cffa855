import BigNumber from "bignumber.js"
import { createHash } from "crypto"
import { chinaDay } from "../../shared/china-time"
import { money } from "../../shared/money"
import type { LedgerEntry } from "./attribution"
import type { TotalLevel } from "./models/daily-total"

/** What a write adds to one row of `aid_daily_total` (a day, a level and its keys, a buyer kind and unit). */
export type DailyTotalDelta = {
  /** the row's id: the same for the same key, here and in the rebuild */
  id: string
  day: string
  level: TotalLevel
  town: string
  partner: string
  kind: string
  /** the unit of unit purchases, "" for consumers' */
  unit: string
  amount: BigNumber
  quantity: number
  orders: number
}

/**
 * The id of a daily-total row: `aiddt_` + md5 of its key (day|level|town|partner|kind,
 * then |unit for a unit's purchases), as the rebuild computes it in SQL.
 */
const rowId = (key: string) => `aiddt_${createHash("md5").update(key).digest("hex")}`

/** The three rows an entry of a town and partner counts in. */
const levelsOf = (town: string, partner: string): [TotalLevel, string, string][] => [
  ["all", "", ""],
  ["town", town, ""],
  ["partner", town, partner],
]

/**
 * What adding (sign 1) or removing (sign -1) `entries` does to the daily
 * totals. Orders are counted on the sale (+1) and the cancellation (-1), once
 * per level key the order reached with its sale (`orderEntries`: all of the
 * order's entries, these included), on the sale's or the cancellation's day.
 */
export function dailyTotalDeltas(
  entries: LedgerEntry[],
  orderEntries: LedgerEntry[],
  sign: 1 | -1
): DailyTotalDelta[] {
  const deltas = new Map<string, DailyTotalDelta>()
  const deltaOf = (
    day: string,
    level: TotalLevel,
    town: string,
    partner: string,
    kind: string,
    unit: string
  ) => {
    const key = [day, level, town, partner, kind, ...(unit ? [unit] : [])].join("|")
    const delta = deltas.get(key) ?? {
      id: rowId(key),
      day,
      level,
      town,
      partner,
      kind,
      unit,
      amount: new BigNumber(0),
      quantity: 0,
      orders: 0,
    }
    deltas.set(key, delta)
    return { key, delta }
  }

  for (const entry of entries) {
    const day = chinaDay(entry.occurred_at)
    for (const [level, town, partner] of levelsOf(entry.town_id ?? "", entry.partner_id ?? "")) {
      const { delta } = deltaOf(day, level, town, partner, entry.buyer_kind, entry.unit_id ?? "")
      delta.amount = delta.amount.plus(money(entry.amount).times(sign))
      delta.quantity += entry.quantity * sign
    }
  }

  const saleEntries = orderEntries.filter((e) => e.kind === "sale")
  for (const kind of ["sale", "cancellation"] as const) {
    const fact = entries.find((e) => e.kind === kind)
    if (!fact) continue
    const day = chinaDay(fact.occurred_at)
    const counted = new Set<string>()
    for (const sale of saleEntries) {
      for (const [level, town, partner] of levelsOf(sale.town_id ?? "", sale.partner_id ?? "")) {
        const { key, delta } = deltaOf(
          day,
          level,
          town,
          partner,
          sale.buyer_kind,
          sale.unit_id ?? ""
        )
        if (counted.has(key)) continue
        counted.add(key)
        delta.orders += (kind === "sale" ? 1 : -1) * sign
      }
    }
  }
  return [...deltas.values()]
}
