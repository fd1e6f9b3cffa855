/**
 * The admin's 单位价格 drawer form (tiers typed as text, checked by the API's
 * shared rules, a tier above retail needs the box) and the storefront cards'
 * lowest unit price.
 */
import { tiersText } from "../../backend/src/admin/components/unit-prices/tiers-text"
import {
  rowsAboveRetail,
  unitPriceFormSchema,
  unitPriceFormToBody,
  unitPriceFormValues,
} from "../../backend/src/admin/components/unit-prices/tiers-form-schema"
import type { TranslateFn } from "../../backend/src/admin/i18n/use-t"
import zhCN from "../../backend/src/admin/i18n/zh-CN"
import { lowestUnitPrices } from "../../storefront/lib/unit/card-prices"

/** `t` over the real message file, {{placeholders}} filled. */
const t: TranslateFn = (key, values = {}) => {
  const text = key.split(".").reduce<unknown>((node, part) => (node as never)[part], zhCN)
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name]))
}

const schema = unitPriceFormSchema(t, "68.00")
const rows = (...tiers: [string, string][]) =>
  tiers.map(([min_quantity, amount]) => ({ min_quantity, amount }))

/** The first message of each field of a failed parse (what the form shows), by path ("tiers.1.amount"). */
const errorsOf = (values: unknown) => {
  const result = schema.safeParse(values)
  expect(result.success).toBe(false)
  const errors: Record<string, string> = {}
  for (const issue of result.error?.issues ?? []) errors[issue.path.join(".")] ??= issue.message
  return errors
}

describe("the unit price drawer's form", () => {
  it("starts from the variant's tiers, or one empty tier from 1", () => {
    const variant = { id: "v", title: "5 斤", sku: "R5", retail_price: "68.00" }
    expect(unitPriceFormValues({ ...variant, tiers: [] })).toEqual({
      tiers: [{ min_quantity: "1", amount: "" }],
      confirm_above_retail: false,
    })
    expect(
      unitPriceFormValues({
        ...variant,
        tiers: [{ min_quantity: 50, max_quantity: null, amount: "60.00" }],
      }).tiers
    ).toEqual([{ min_quantity: "50", amount: "60.00" }])
  })

  it("turns typed tiers into the request, exact yuan, full-width digits read", () => {
    const parsed = schema.parse({
      tiers: rows(["1", " 64 "], ["５０", "60.5"], ["200", "56.50"]),
      confirm_above_retail: false,
    })
    expect(unitPriceFormToBody(parsed)).toEqual({
      tiers: [
        { min_quantity: 1, amount: "64.00" },
        { min_quantity: 50, amount: "60.50" },
        { min_quantity: 200, amount: "56.50" },
      ],
    })
    expect(unitPriceFormToBody(schema.parse({ tiers: [], confirm_above_retail: false }))).toEqual({
      tiers: [],
    })
  })

  it("puts the shared rules' Chinese messages on the fields", () => {
    expect(
      errorsOf({
        tiers: rows(["1", "64"], ["1", "65"], ["x", "abc"]),
        confirm_above_retail: false,
      })
    ).toMatchObject({
      "tiers.2.min_quantity": "起订数量应为整数",
      "tiers.2.amount": "单价应为金额，最多两位小数，如 42.50",
    })
    expect(
      errorsOf({ tiers: rows(["1", "64"], ["1", "65"]), confirm_above_retail: false })
    ).toEqual({
      "tiers.1.min_quantity": "第 2 档的起订数量应大于第 1 档（1）",
      "tiers.1.amount": "第 2 档的单价应低于第 1 档（¥64.00）",
    })
    expect(errorsOf({ tiers: rows(["0", "0"]), confirm_above_retail: false })).toEqual({
      "tiers.0.min_quantity": "起订数量至少为 1",
      "tiers.0.amount": "单价须大于 0",
    })
    const six = Array.from({ length: 6 }, (_, i) => [String(i * 10 + 1), String(60 - i)])
    expect(
      errorsOf({ tiers: rows(...(six as [string, string][])), confirm_above_retail: false })
    ).toEqual({ tiers: "最多 5 档价格" })
  })

  it("needs the box for a tier above the retail price, and sends it", () => {
    const above = { tiers: rows(["1", "70"], ["50", "60"]), confirm_above_retail: false }
    expect(rowsAboveRetail(above.tiers, "68.00")).toEqual(["70"])
    expect(rowsAboveRetail(above.tiers, null)).toEqual([])
    expect(errorsOf(above)).toEqual({ confirm_above_retail: "有价格档高于零售价，请勾选确认" })
    const confirmed = schema.parse({ ...above, confirm_above_retail: true })
    expect(unitPriceFormToBody(confirmed)).toMatchObject({ confirm_above_retail: true })
    // exactly the retail price is not above it
    expect(
      schema.safeParse({ tiers: rows(["1", "68"]), confirm_above_retail: false }).success
    ).toBe(true)
  })

  it("reads tiers in one line for the list", () => {
    expect(
      tiersText(t, [
        { min_quantity: 1, max_quantity: 49, amount: "64.00" },
        { min_quantity: 50, max_quantity: 199, amount: "60.00" },
        { min_quantity: 200, max_quantity: null, amount: "56.50" },
      ])
    ).toBe("1–49 ¥64.00 · 50–199 ¥60.00 · 200 起 ¥56.50")
  })
})

describe("the cards' unit price", () => {
  it("is each product's lowest tier over its variants, to the fen", () => {
    const tier = (min_quantity: number, amount: string) => ({
      min_quantity,
      max_quantity: null,
      amount,
    })
    const lowest = lowestUnitPrices([
      { product_id: "p1", variant_id: "a", tiers: [tier(1, "64.00"), tier(200, "56.50")] },
      { product_id: "p1", variant_id: "b", tiers: [tier(1, "56.49")] },
      { product_id: "p2", variant_id: "c", tiers: [tier(1, "120.00")] },
      { product_id: "p3", variant_id: "d", tiers: [] },
    ])
    expect([...lowest]).toEqual([
      ["p1", "56.49"],
      ["p2", "120.00"],
    ])
  })
})
