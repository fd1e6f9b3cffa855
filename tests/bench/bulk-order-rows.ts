/** Resolved bulk-order rows for the bench and its tests: `n` recipients, one row each, cycling the variants given. */
type Variant = {
  id: string
  sku: string
  title: string
  product: { id: string; title: string }
  prices: { amount: number | string; currency_code: string }[]
}

export function bulkBenchRows(variants: Variant[], n: number) {
  return Array.from({ length: n }, (_, i) => {
    const v = variants[i % variants.length]
    const price = Number(v.prices.find((p) => p.currency_code === "cny")!.amount)
    return {
      row: i + 2,
      recipient: `职工${i + 1}`,
      mobile: `139${String(10_000_000 + i).slice(-8)}`,
      province: "广东省",
      city: "梅州市",
      district: "梅县区",
      province_code: "440000",
      city_code: "441400",
      district_code: "441403",
      address: `新城华侨城 ${i + 1} 号`,
      sku: v.sku,
      quantity: 1 + (i % 3),
      note: null,
      variant_id: v.id,
      product_id: v.product.id,
      product_title: v.product.title,
      variant_title: v.title,
      partner_id: "",
      partner_name: "",
      town_id: "",
      town_name: "",
      unit_price: price.toFixed(2),
      line_total: (price * (1 + (i % 3))).toFixed(2),
      ships_from: null,
    }
  })
}
