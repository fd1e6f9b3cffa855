import { describe, expect, it } from "vitest"
import {
  EXPRESS_MAX_GRAMS,
  expressFen,
  freightFen,
  freightQuotes,
  parcelGrams,
  startedKilograms,
} from "../../backend/src/shared/freight"

describe("freight: what a parcel costs", () => {
  it("counts started kilograms", () => {
    expect(startedKilograms(0)).toBe(0)
    expect(startedKilograms(1)).toBe(1)
    expect(startedKilograms(1000)).toBe(1)
    expect(startedKilograms(1001)).toBe(2)
  })

  it("charges a light express parcel its base price, waived from the free threshold", () => {
    expect(expressFen("ambient", 2900, 8800)).toBe(1200)
    expect(expressFen("ambient", 2900, 9900)).toBe(0)
    expect(expressFen("cold_chain", 4000, 19899)).toBe(2500)
    expect(expressFen("cold_chain", 4000, 19900)).toBe(0)
  })

  it("charges every started kilogram beyond the included weight, free threshold or not", () => {
    // 10 kg included, 10.5 kg → one started kilogram beyond at ¥2
    expect(expressFen("ambient", 10_500, 0)).toBe(1200 + 200)
    expect(expressFen("ambient", 10_500, 50_000)).toBe(200)
    // cold chain: 5 kg included, 12 kg → 7 kilograms at ¥5
    expect(expressFen("cold_chain", 12_000, 100_000)).toBe(3500)
  })

  it("refuses express above its limit and prices the load by freight instead", () => {
    expect(expressFen("ambient", EXPRESS_MAX_GRAMS, 0)).not.toBeNull()
    expect(expressFen("ambient", EXPRESS_MAX_GRAMS + 1, 0)).toBeNull()
    // 2,000 斤 = 1,000 kg of rice: ¥1.50 a kilogram, no free shipping
    const quotes = freightQuotes("ambient", 1_000_000, 4_000_000)
    expect(quotes).toEqual([
      expect.objectContaining({ service: "freight", amount_fen: 150_000, days: [3, 7] }),
    ])
  })

  it("never prices freight below its minimum", () => {
    expect(freightFen("ambient", 3000)).toBe(8000)
    expect(freightFen("cold_chain", 3000)).toBe(20000)
    expect(freightFen("cold_chain", 100_000)).toBe(40000)
  })

  it("offers express and freight for a light parcel, cheapest first", () => {
    const quotes = freightQuotes("ambient", 5500, 2000)
    expect(quotes.map((q) => [q.service, q.amount_fen])).toEqual([
      ["express", 1200],
      ["freight", 8000],
    ])
  })

  it("weighs a parcel from its lines and refuses anything but whole non-negative numbers", () => {
    expect(
      parcelGrams([
        { weight_grams: 5500, quantity: 3 },
        { weight_grams: null, quantity: 2 },
      ])
    ).toBe(16_500)
    expect(() => parcelGrams([{ weight_grams: 1.5, quantity: 1 }])).toThrow(/whole/)
    expect(() => expressFen("ambient", -1, 0)).toThrow(/whole/)
    expect(() => expressFen("ambient", 100, 0.5)).toThrow(/whole/)
  })
})
