/**
 * backend/src/scripts/seed/demo-orders/plan.ts: the demo year's history is
 * laid out on China's calendar, so a unit's year (a 财务's quota and
 * statement) has a paid unit order from its first hours on, and nothing is
 * planned after the moment the seed runs.
 */
import type { Buyer } from "../../backend/src/scripts/seed/buyers"
import { planHistory } from "../../backend/src/scripts/seed/demo-orders/plan"
import { chinaDay } from "../../backend/src/shared/china-time"

const buyer = (kind: Buyer["kind"], n: number) =>
  ({ email: `${kind}-${n}@example.cn`, kind, customer_id: `cus_${kind}_${n}` }) as Buyer
const BUYERS = [
  ...Array.from({ length: 6 }, (_, n) => buyer("consumer", n)),
  ...Array.from({ length: 3 }, (_, n) => ({ ...buyer("unit", n), unit_id: `unit_${n}` })),
]

describe("the demo orders' plan", () => {
  it.each([
    "2026-12-31T16:00:30Z", // 2027-01-01 00:00:30 in China, 2026-12-31 in UTC
    "2026-12-31T17:00:00Z",
    "2027-01-01T01:00:00Z",
    "2027-03-31T20:00:00Z", // April in China, March in UTC
    "2026-12-04T13:00:00Z",
  ])("at %s: a kept unit order in this China year, nothing after now", (iso) => {
    const now = new Date(iso)
    const plans = planHistory(BUYERS, now, 12)
    const year = chinaDay(now).slice(0, 4)
    const units = plans.filter(
      (p) => p.buyer.kind === "unit" && chinaDay(p.placed_at).startsWith(year)
    )
    expect(units.some((p) => p.outcome === "completed")).toBe(true)
    expect(plans.every((p) => p.placed_at.getTime() <= now.getTime())).toBe(true)
    // one unit order in each of the twelve China months up to this one
    const months = new Set(
      plans.filter((p) => p.buyer.kind === "unit").map((p) => chinaDay(p.placed_at).slice(0, 7))
    )
    expect(months.size).toBe(12)
    expect(months.has(chinaDay(now).slice(0, 7))).toBe(true)
  })
})
