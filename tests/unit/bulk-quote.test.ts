import type { Parcel } from "../../backend/src/workflows/bulk-order/parcels"
import { withShippingTotal } from "../../backend/src/workflows/bulk-order/parcels"
import {
  bulkQuoteLines,
  bulkQuoteParcels,
  rowsAtQuotedPrices,
} from "../../backend/src/workflows/quote/bulk/record"
import type { BulkRowResolved } from "../../backend/src/types/http/bulk-order"

const row = (n: number, who: string, variant: string, quantity: number, price: string) =>
  ({
    row: n,
    recipient: who,
    mobile: "13900000001",
    province: "广东省",
    city: "梅州市",
    district: "梅县区",
    province_code: "440000",
    city_code: "441400",
    district_code: "441403",
    address: `${who}家`,
    sku: `SKU-${variant}`,
    quantity,
    note: null,
    variant_id: variant,
    product_id: `prod_${variant}`,
    product_title: `商品${variant}`,
    variant_title: "5斤",
    partner_id: "p",
    partner_name: "农场",
    town_id: "t",
    town_name: "镇",
    unit_price: price,
    line_total: "0",
    ships_from: null,
  }) as BulkRowResolved

const parcel = (amounts: number[], itemFen: number): Parcel =>
  ({
    key: String(amounts),
    first: row(2, "甲", "v1", 1, "1.00"),
    lines: [],
    shipping: amounts.map((amount_fen) => ({
      shipping_option_id: "so",
      name: "快递",
      freight_class: "ambient",
      service: "express",
      amount_fen,
      weight_grams: 1000,
    })),
    item_total_fen: itemFen,
    shipping_total_fen: amounts.reduce((a, b) => a + b, 0),
    total_fen: itemFen + amounts.reduce((a, b) => a + b, 0),
  }) as Parcel

describe("bulk-order quotes: lines, parcels, quoted prices", () => {
  const rows = [
    row(2, "甲", "v1", 2, "19.90"),
    row(3, "乙", "v1", 1, "19.90"),
    row(4, "甲", "v2", 3, "5.00"),
    row(5, "丙", "v1", 4, "19.9"),
  ]

  it("sums each variant's quantities into one line at its list price", () => {
    const lines = bulkQuoteLines(rows)
    expect(lines.map((l) => [l.id, l.quantity, l.list_price, l.quoted_price])).toEqual([
      ["bulk_v1", 7, "19.90", null],
      ["bulk_v2", 3, "5.00", null],
    ])
  })

  it("groups rows into one parcel per recipient and address, in order", () => {
    const parcels = bulkQuoteParcels(rows)
    expect(parcels.map((p) => [p.recipient, p.items.map((i) => i.quantity)])).toEqual([
      ["甲", [2, 3]],
      ["乙", [1]],
      ["丙", [4]],
    ])
    expect(parcels[0].address).toBe("广东省梅州市梅县区甲家")
  })

  it("prices every row at its line's quoted price, exact in fen", () => {
    const lines = bulkQuoteLines(rows).map((l) => ({
      ...l,
      quoted_price: l.variant_id === "v1" ? "18.05" : "4.99",
    }))
    const quoted = rowsAtQuotedPrices(rows, lines)
    expect(quoted.map((r) => [r.unit_price, r.line_total])).toEqual([
      ["18.05", "36.10"],
      ["18.05", "18.05"],
      ["4.99", "14.97"],
      ["18.05", "72.20"],
    ])
    expect(() => rowsAtQuotedPrices(rows, bulkQuoteLines(rows))).toThrow()
  })
})

describe("a quote's shipping shared over the parcels", () => {
  it("keeps the shop's proportions and adds up to the quoted amount exactly", () => {
    const shared = withShippingTotal([parcel([1000], 5000), parcel([500, 500], 3000)], 1001)
    expect(shared.map((p) => p.shipping.map((s) => s.amount_fen))).toEqual([[501], [250, 250]])
    expect(shared.reduce((sum, p) => sum + p.shipping_total_fen, 0)).toBe(1001)
    expect(shared.map((p) => p.total_fen)).toEqual([5501, 3500])
  })

  it("shares evenly when the shop charges nothing, and to zero when the quote does", () => {
    const even = withShippingTotal([parcel([0], 100), parcel([0], 100), parcel([0], 100)], 100)
    expect(even.map((p) => p.shipping_total_fen)).toEqual([34, 33, 33])
    const free = withShippingTotal([parcel([700], 100), parcel([300], 100)], 0)
    expect(free.map((p) => p.shipping_total_fen)).toEqual([0, 0])
  })
})
