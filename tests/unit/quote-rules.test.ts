import {
  adminUpdateQuoteSchema,
  quoteDisplayId,
  quoteStatusAt,
  quoteTotals,
  storeCreateQuoteSchema,
} from "../../backend/src/shared/quote"

describe("quote totals (fen, exact)", () => {
  it("prices each line at the quoted price, else the list price, and adds shipping", () => {
    const totals = quoteTotals(
      [
        { quantity: 3, list_price: "19.90", quoted_price: "18.10" },
        { quantity: 7, list_price: "0.10", quoted_price: null },
      ],
      "12.30"
    )
    expect(totals.lines).toEqual([BigInt(5430), BigInt(70)])
    expect(totals.subtotal).toBe(BigInt(5500))
    expect(totals.shipping).toBe(BigInt(1230))
    expect(totals.total).toBe(BigInt(6730))
  })

  it("adds up amounts binary floating point would round (0.1 × 3 + 0.2)", () => {
    const totals = quoteTotals(
      [
        { quantity: 3, list_price: "0.10", quoted_price: null },
        { quantity: 1, list_price: "0.20", quoted_price: null },
      ],
      null
    )
    expect(totals.total).toBe(BigInt(50))
  })
})

describe("quote references and expiry", () => {
  it("numbers references per China day", () => {
    // 2026-12-01 17:30 UTC is already 2 December in China
    expect(quoteDisplayId(new Date("2026-12-01T17:30:00Z"), 7)).toBe("XJ20261202-0007")
    expect(quoteDisplayId(new Date("2026-12-01T15:59:59Z"), 12)).toBe("XJ20261201-0012")
  })

  it("reads a quoted quote as expired once valid_until has passed, nothing else", () => {
    const now = new Date("2026-12-05T04:00:00Z")
    expect(quoteStatusAt("quoted", "2026-12-05T03:59:59Z", now)).toBe("expired")
    expect(quoteStatusAt("quoted", "2026-12-05T04:00:00Z", now)).toBe("expired")
    expect(quoteStatusAt("quoted", "2026-12-05T04:00:01Z", now)).toBe("quoted")
    expect(quoteStatusAt("accepted", "2026-12-01T00:00:00Z", now)).toBe("accepted")
    expect(quoteStatusAt("requested", null, now)).toBe("requested")
  })
})

describe("quote bodies", () => {
  it("refuses any price in a unit's request", () => {
    expect(storeCreateQuoteSchema.safeParse({ cart_id: "cart_1", message: "请报价" }).success).toBe(
      true
    )
    for (const extra of [{ unit_price: 1 }, { lines: [] }, { total: "1" }]) {
      expect(storeCreateQuoteSchema.safeParse({ cart_id: "cart_1", ...extra }).success).toBe(false)
    }
  })

  it("takes the support team's prices as exact yuan with two decimals", () => {
    const ok = adminUpdateQuoteSchema.parse({
      lines: [{ id: "cali_1", quoted_price: 18.1 }],
      shipping: "0",
      valid_until: "2026-12-08T18:00:00+08:00",
      delivery_from: "2026-12-08",
      delivery_to: "",
      terms: "",
    })
    expect(ok).toMatchObject({
      lines: [{ id: "cali_1", quoted_price: "18.10" }],
      shipping: "0.00",
      delivery_to: null,
      terms: null,
    })
    for (const body of [
      { lines: [{ id: "cali_1", quoted_price: "0" }] },
      { lines: [{ id: "cali_1", quoted_price: "1.005" }] },
      { lines: [{ id: "cali_1", quoted_price: "-2" }] },
      { shipping: "10000000.01" },
      { delivery_from: "2026-02-30" },
      { delivery_from: "2026-12-10", delivery_to: "2026-12-08" },
      { valid_until: "2026-12-08" },
      { status: "accepted" },
    ]) {
      expect(adminUpdateQuoteSchema.safeParse(body).success, JSON.stringify(body)).toBe(false)
    }
  })
})
