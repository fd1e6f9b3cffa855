/**
 * The lower-of rule a unit member's price follows (unit tiers and the unit's
 * negotiated tiers, as Medusa picks the lowest override list that applies),
 * the next cheaper quantity, the cards' "协议价 ¥xx 起" and the period rule.
 */
import { describe, expect, it } from "vitest"
import {
  effectiveTier,
  negotiatedPeriodSchema,
  nextEffectiveTier,
  tierRanges,
} from "../../backend/src/shared/unit-prices"
import { lowestCardPrices } from "../../storefront/lib/unit/card-prices"

const UNIT = tierRanges([
  { min_quantity: 1, amount: "64.00" },
  { min_quantity: 50, amount: "60.00" },
  { min_quantity: 200, amount: "56.50" },
])
const OWN = tierRanges([
  { min_quantity: 1, amount: "62.00" },
  { min_quantity: 100, amount: "52.00" },
])

describe("a unit member's price for a quantity", () => {
  it("is the lower of the unit tier and the negotiated tier", () => {
    const at = (q: number) => {
      const e = effectiveTier(UNIT, OWN, q)
      return e && [e.tier.amount, e.negotiated]
    }
    expect(at(1)).toEqual(["62.00", true])
    expect(at(49)).toEqual(["62.00", true])
    expect(at(50)).toEqual(["60.00", false])
    expect(at(100)).toEqual(["52.00", true])
    expect(at(500)).toEqual(["52.00", true])
    expect(effectiveTier(UNIT, [], 10)).toEqual({ tier: UNIT[0], negotiated: false })
    expect(effectiveTier([], [], 10)).toBeNull()
    // the same price: the negotiated one is named
    expect(
      effectiveTier(UNIT, tierRanges([{ min_quantity: 1, amount: "64" }]), 1)?.negotiated
    ).toBe(true)
  })

  it("names the next quantity that costs less, over both", () => {
    expect(nextEffectiveTier(UNIT, OWN, 1)).toEqual({
      min_quantity: 50,
      amount: "60.00",
      negotiated: false,
    })
    expect(nextEffectiveTier(UNIT, OWN, 50)).toEqual({
      min_quantity: 100,
      amount: "52.00",
      negotiated: true,
    })
    // 200 of the unit tiers (56.50) is dearer than 52: nothing cheaper after 100
    expect(nextEffectiveTier(UNIT, OWN, 100)).toBeNull()
    expect(nextEffectiveTier(UNIT, [], 1)).toEqual({
      min_quantity: 50,
      amount: "60.00",
      negotiated: false,
    })
  })
})

describe("the cards' price for a unit member", () => {
  it("is the lowest over both, and says when it is the negotiated one", () => {
    const cards = lowestCardPrices([
      { product_id: "p1", variant_id: "a", tiers: UNIT, negotiated_tiers: OWN },
      { product_id: "p2", variant_id: "b", tiers: UNIT, negotiated_tiers: [] },
      { product_id: "p3", variant_id: "c", tiers: [], negotiated_tiers: OWN },
      { product_id: "p4", variant_id: "d", tiers: UNIT },
    ])
    expect(Object.fromEntries(cards)).toEqual({
      p1: { amount: "52.00", negotiated: true },
      p2: { amount: "56.50", negotiated: false },
      p3: { amount: "52.00", negotiated: true },
      p4: { amount: "56.50", negotiated: false },
    })
  })
})

describe("the negotiated prices' period", () => {
  it("takes whole days or null, the end not before the start", () => {
    const parse = (body: unknown) => negotiatedPeriodSchema.safeParse(body)
    expect(parse({ valid_from: "2027-01-01", valid_until: "2027-12-31" }).success).toBe(true)
    expect(parse({ valid_from: null, valid_until: null }).success).toBe(true)
    expect(parse({ valid_from: "2027-01-01", valid_until: "2027-01-01" }).success).toBe(true)
    const reversed = parse({ valid_from: "2027-02-01", valid_until: "2027-01-31" })
    expect(reversed.error?.issues[0]).toMatchObject({
      path: ["valid_until"],
      message: "截止日期不能早于开始日期",
    })
    expect(parse({ valid_from: "2027-02-29", valid_until: null }).error?.issues[0].message).toBe(
      "没有这一天"
    )
    expect(parse({ valid_from: "2027/01/01", valid_until: null }).success).toBe(false)
    expect(parse({ valid_from: null }).success).toBe(false)
    expect(parse({ valid_from: null, valid_until: null, extra: 1 }).success).toBe(false)
  })
})
