import type { StoreProduct, StoreVariant } from "../../storefront/lib/catalog/types"
import { townShare } from "../../storefront/lib/catalog/aid"
import { filterAndSort, paginate, parseCatalogQuery } from "../../storefront/lib/catalog/listing"
import { formatFen, yuanToFen } from "../../backend/src/shared/money"
import {
  harvestWindow,
  isInSeason,
  pricePerJinFen,
  stockState,
} from "../../storefront/lib/catalog/produce"

const variant = (over: Partial<StoreVariant> = {}): StoreVariant => ({
  id: "v",
  title: "5斤/箱",
  sku: null,
  variant_rank: 0,
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: 100,
  metadata: { net_weight_jin: 5 },
  calculated_price: { calculated_amount: 49.9, currency_code: "cny" },
  ...over,
})

const product = (over: Partial<StoreProduct> = {}): StoreProduct => ({
  id: "p",
  handle: "p",
  title: "梅县红肉蜜柚",
  subtitle: null,
  description: null,
  created_at: "2026-01-01T00:00:00Z",
  metadata: { harvest_months: [8, 9, 10] },
  categories: [],
  variants: [variant()],
  partner: null,
  ...over,
})

describe("storefront produce facts", () => {
  it("computes prices per 斤 in whole fen, rounding half up", () => {
    expect(yuanToFen(49.9)).toBe(4990)
    expect(yuanToFen("0.07")).toBe(7)
    expect(pricePerJinFen(4990, variant())).toBe(998)
    expect(pricePerJinFen(8900, variant({ metadata: { net_weight_jin: 10 } }))).toBe(890)
    // 99.98 / 15 = 6.6653… → 6.67; 10.00 / 3 = 3.333… → 3.33; 0.05 / 2 = 0.025 → 0.03
    expect(pricePerJinFen(9998, variant({ metadata: { net_weight_jin: 15 } }))).toBe(667)
    expect(pricePerJinFen(1000, variant({ metadata: { net_weight_jin: 3 } }))).toBe(333)
    expect(pricePerJinFen(5, variant({ metadata: { net_weight_jin: 2 } }))).toBe(3)
    expect(pricePerJinFen(4990, variant({ metadata: { net_weight_jin: 2.5 } }))).toBe(1996)
    expect(pricePerJinFen(4990, variant({ metadata: {} }))).toBeNull()
    expect(formatFen(123456789)).toBe("¥1,234,567.89")
  })

  it("tells in stock, low, sold out and pre-sale apart", () => {
    expect(stockState(product(), variant())).toEqual({ kind: "in_stock" })
    expect(stockState(product(), variant({ inventory_quantity: 10 }))).toEqual({
      kind: "low",
      quantity: 10,
    })
    expect(stockState(product(), variant({ inventory_quantity: 0 }))).toEqual({ kind: "sold_out" })
    expect(
      stockState(product(), variant({ inventory_quantity: 0, manage_inventory: false }))
    ).toEqual({ kind: "in_stock" })
    const presale = product({ metadata: { presale_ships_from: "2027-04-20" } })
    expect(stockState(presale, variant(), "2026-11-29")).toEqual({
      kind: "presale",
      shipsFrom: "2027-04-20",
    })
    expect(stockState(presale, variant(), "2027-05-01")).toEqual({ kind: "in_stock" })
  })

  it("writes harvest windows, also across the new year", () => {
    expect(harvestWindow(product())).toBe("8–10 月")
    expect(harvestWindow(product({ metadata: { harvest_months: [12, 1, 2, 11] } }))).toBe("11–2 月")
    expect(harvestWindow(product({ metadata: { harvest_months: [3, 5] } }))).toBe("3、5 月")
    expect(isInSeason(product(), 9)).toBe(true)
    expect(isInSeason(product(), 11)).toBe(false)
  })

  it("sorts by the lowest price and pages the catalogue", () => {
    const a = product({
      handle: "a",
      variants: [variant({ calculated_price: { calculated_amount: 30, currency_code: "cny" } })],
    })
    const b = product({
      handle: "b",
      variants: [variant({ calculated_price: { calculated_amount: 20, currency_code: "cny" } })],
    })
    const c = product({ handle: "c", variants: [] })
    const asc = filterAndSort([a, b, c], parseCatalogQuery({ sort: "price_asc" }))
    expect(asc.map((p) => p.handle)).toEqual(["b", "a", "c"])
    const desc = filterAndSort([a, b, c], parseCatalogQuery({ sort: "price_desc" }))
    expect(desc.map((p) => p.handle)).toEqual(["a", "b", "c"])
    expect(
      paginate(
        Array.from({ length: 20 }, (_, i) => i),
        2
      )
    ).toMatchObject({ items: [12, 13, 14, 15, 16, 17, 18, 19], pages: 2 })
    expect(parseCatalogQuery({ page: "-3", sort: "bogus" })).toMatchObject({
      page: 1,
      sort: "newest",
    })
  })

  it("shares a town's aid sales of the whole, to one decimal of a percent", () => {
    const impact = {
      currency_code: "cny",
      total: "300.00",
      orders: 3,
      partners: 2,
      households: 10,
      towns: [
        { id: "1", handle: "songyuan", name: "松源镇", amount: "100.00" },
        { id: "2", handle: "baidu", name: "白渡镇", amount: "200.00" },
      ],
    }
    expect(townShare(impact, "songyuan")).toMatchObject({ amount: "¥100.00", share: "33.3%" })
    expect(townShare(impact, "baidu")).toMatchObject({ share: "66.7%" })
  })
})
