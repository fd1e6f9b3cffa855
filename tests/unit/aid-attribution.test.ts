import BigNumber from "bignumber.js"
import { backendRequire } from "../fixtures/medusa"
import type * as Attribution from "../../backend/src/modules/aid/attribution"
import { chinaDay } from "../../backend/src/shared/china-time"
import { splitByWeights, yuanString } from "../../backend/src/shared/money"

const { planEntries, expectedNet }: typeof Attribution = backendRequire(
  "src/modules/aid/attribution/index.ts"
)

const at = (iso: string) => new Date(iso)

function order(overrides: Partial<Attribution.OrderFacts> = {}): Attribution.OrderFacts {
  return {
    order_id: "order_1",
    display_id: 1,
    currency_code: "cny",
    buyer_kind: "consumer",
    unit_id: null,
    customer_id: "cus_1",
    placed_at: at("2026-03-01T02:00:00Z"),
    // paid at checkout (a card); bank transfers are paid later or never
    paid_at: at("2026-03-01T02:00:00Z"),
    canceled_at: null,
    items: [
      line("li_a", "town_bingcun", "ptnr_a", 2, "33.333333"),
      line("li_b", "town_shejiang", "ptnr_b", 1, "33.333333"),
      line("li_c", "town_songyuan", "ptnr_c", 3, "33.333334"),
    ],
    edits: [],
    returns: [],
    refunds: [],
    ...overrides,
  }
}

function line(
  id: string,
  town: string,
  partner: string,
  quantity: number,
  total: string
): Attribution.OrderLineFacts {
  return {
    id,
    product_id: `prod_${id}`,
    variant_id: `var_${id}`,
    product_title: id,
    variant_title: "5斤/箱",
    quantity,
    total,
    partner_id: partner,
    town_id: town,
  }
}

const sum = (entries: { amount: string }[]) =>
  yuanString(entries.reduce((acc, e) => acc.plus(e.amount), new BigNumber(0)))

describe("splitByWeights", () => {
  it("splits into whole fen that sum exactly to the total", () => {
    const parts = splitByWeights("100.00", [1, 1, 1])
    expect(parts.map((p) => p.toFixed(2))).toEqual(["33.34", "33.33", "33.33"])
    expect(yuanString(parts.reduce((a, b) => a.plus(b)))).toBe("100.00")
  })

  it("keeps the sign of a negative total and never splits over zero weights", () => {
    expect(splitByWeights("-0.05", [1, 0, 3]).map((p) => p.toFixed(2))).toEqual([
      "-0.01",
      "0.00",
      "-0.04",
    ])
    expect(splitByWeights("10", [0, 0]).map((p) => p.toFixed(2))).toEqual(["0.00", "0.00"])
  })

  it("sums exactly for awkward weights over many lines", () => {
    const weights = Array.from({ length: 37 }, (_, i) => (i * 7.13 + 0.01).toFixed(4))
    const parts = splitByWeights("9999.99", weights)
    expect(yuanString(parts.reduce((a, b) => a.plus(b)))).toBe("9999.99")
    for (const part of parts) expect(part.decimalPlaces()).toBeLessThanOrEqual(2)
  })
})

describe("planEntries", () => {
  it("credits each line once, rounding the item total once", () => {
    const entries = planEntries(order(), [])
    expect(entries.map((e) => e.kind)).toEqual(["sale", "sale", "sale"])
    expect(sum(entries)).toBe("100.00")
    expect(entries.map((e) => e.entry_key)).toEqual([
      "sale:order_1:li_a",
      "sale:order_1:li_b",
      "sale:order_1:li_c",
    ])
    expect(planEntries(order(), entries)).toEqual([])
  })

  it("spreads an unitemised refund in proportion and never below zero", () => {
    const placed = planEntries(order(), [])
    const refunded = order({
      refunds: [
        {
          id: "ref_1",
          created_at: at("2026-03-02T00:00:00Z"),
          amount: "10.01",
          attributable: true,
        },
      ],
    })
    const refund = planEntries(refunded, placed)
    expect(refund.every((e) => e.kind === "refund" && e.quantity === 0)).toBe(true)
    expect(sum(refund)).toBe("-10.01")
    expect(sum([...placed, ...refund])).toBe(yuanString(expectedNet(refunded)))

    const huge = order({
      refunds: [
        { id: "ref_2", created_at: at("2026-03-02T00:00:00Z"), amount: "500", attributable: true },
      ],
    })
    expect(sum([...placed, ...planEntries(huge, placed)])).toBe("0.00")
  })

  it("pays a refund after a return back on the returned line first", () => {
    const placed = planEntries(order(), [])
    const returned = order({
      returns: [
        {
          id: "ret_1",
          received_at: at("2026-03-03T00:00:00Z"),
          items: [{ line_item_id: "li_c", quantity: 1 }],
        },
      ],
    })
    const ret = planEntries(returned, placed)
    expect(ret).toMatchObject([
      { kind: "return", line_item_id: "li_c", quantity: -1, amount: "0.00" },
    ])
    const refunded = {
      ...returned,
      refunds: [
        {
          id: "ref_1",
          created_at: at("2026-03-04T00:00:00Z"),
          amount: "11.11",
          attributable: true,
        },
      ],
    }
    const refund = planEntries(refunded, [...placed, ...ret])
    expect(refund).toMatchObject([{ kind: "refund", line_item_id: "li_c", amount: "-11.11" }])
  })

  it("takes out a return received in two goes once per unit", () => {
    const placed = planEntries(order(), [])
    const first = order({
      returns: [
        {
          id: "ret_1",
          received_at: at("2026-03-03T00:00:00Z"),
          items: [{ line_item_id: "li_c", quantity: 1 }],
        },
      ],
    })
    const one = planEntries(first, placed)
    expect(one).toMatchObject([{ kind: "return", source_id: "ret_1@1", quantity: -1 }])
    const second = order({
      returns: [
        {
          id: "ret_1",
          received_at: at("2026-03-04T00:00:00Z"),
          items: [{ line_item_id: "li_c", quantity: 2 }],
        },
      ],
    })
    const two = planEntries(second, [...placed, ...one])
    expect(two).toMatchObject([{ kind: "return", source_id: "ret_1@2", quantity: -1 }])
    expect(planEntries(second, [...placed, ...one, ...two])).toEqual([])
  })

  it("ignores refunds given for shipping only", () => {
    const placed = planEntries(order(), [])
    const shipping = order({
      refunds: [
        { id: "ref_s", created_at: at("2026-03-02T00:00:00Z"), amount: "12", attributable: false },
      ],
    })
    expect(planEntries(shipping, placed)).toEqual([])
    expect(yuanString(expectedNet(shipping))).toBe("100.00")
  })

  it("takes every line back to zero on cancellation, after a partial refund too", () => {
    const placed = planEntries(order(), [])
    const refunded = order({
      refunds: [
        { id: "ref_1", created_at: at("2026-03-02T00:00:00Z"), amount: "20", attributable: true },
      ],
    })
    const refund = planEntries(refunded, placed)
    const canceled = { ...refunded, canceled_at: at("2026-03-05T00:00:00Z") }
    const cancel = planEntries(canceled, [...placed, ...refund])
    expect(cancel).toHaveLength(3)
    expect(sum([...placed, ...refund, ...cancel])).toBe("0.00")
    expect([...placed, ...refund, ...cancel].reduce((q, e) => q + e.quantity, 0)).toBe(0)
  })

  it("moves lines to their new share after an edit, keeping the sale's partner", () => {
    const placed = planEntries(order(), [])
    const edited = order({
      edits: [{ id: "ordch_1", confirmed_at: at("2026-03-02T00:00:00Z") }],
      items: [
        { ...line("li_a", "town_other", "ptnr_other", 1, "16.666666") },
        line("li_b", "town_shejiang", "ptnr_b", 1, "33.333333"),
        line("li_c", "town_songyuan", "ptnr_c", 0, "0"),
      ],
    })
    const edit = planEntries(edited, placed)
    expect(edit.find((e) => e.line_item_id === "li_a")).toMatchObject({
      kind: "edit",
      quantity: -1,
      town_id: "town_bingcun",
      partner_id: "ptnr_a",
    })
    expect(edit.find((e) => e.line_item_id === "li_c")).toMatchObject({
      quantity: -3,
      amount: "-33.34",
    })
    expect(sum([...placed, ...edit])).toBe(yuanString(expectedNet(edited)))
  })

  it("writes nothing for an unpaid order, canceled or not, and expects nothing of it", () => {
    const unpaid = order({ paid_at: null })
    expect(planEntries(unpaid, [])).toEqual([])
    expect(yuanString(expectedNet(unpaid))).toBe("0.00")
    const canceled = order({ paid_at: null, canceled_at: at("2026-03-08T02:00:00Z") })
    expect(planEntries(canceled, [])).toEqual([])
    expect(yuanString(expectedNet(canceled))).toBe("0.00")
  })

  it("credits a bank transfer when it is paid, dated the China-time day of the payment", () => {
    const placed = order({ paid_at: null })
    expect(planEntries(placed, [])).toEqual([])
    // placed on 1 March, the money confirmed on 4 March at 00:30 China time
    const paid = order({ paid_at: at("2026-03-03T16:30:00Z") })
    const sale = planEntries(paid, [])
    expect(sale.map((e) => e.kind)).toEqual(["sale", "sale", "sale"])
    expect(
      sale.every((e) => e.occurred_at.getTime() === at("2026-03-03T16:30:00Z").getTime())
    ).toBe(true)
    expect(chinaDay(sale[0].occurred_at)).toBe("2026-03-04")
    expect(sum(sale)).toBe("100.00")
    expect(sum(sale)).toBe(yuanString(expectedNet(paid)))
    // the same capture seen again writes nothing
    expect(planEntries(paid, sale)).toEqual([])
  })

  it("takes an edit confirmed before the payment into the sale, and never writes it again", () => {
    const editedLines = [
      line("li_a", "town_bingcun", "ptnr_a", 1, "16.666666"),
      line("li_b", "town_shejiang", "ptnr_b", 1, "33.333333"),
      line("li_c", "town_songyuan", "ptnr_c", 0, "0"),
    ]
    const edits = [{ id: "ordch_1", confirmed_at: at("2026-03-02T00:00:00Z") }]
    expect(planEntries(order({ paid_at: null, edits, items: editedLines }), [])).toEqual([])
    const paid = order({ paid_at: at("2026-03-05T00:00:00Z"), edits, items: editedLines })
    const sale = planEntries(paid, [])
    expect(sale.map((e) => e.kind)).toEqual(["sale", "sale"])
    expect(sale.find((e) => e.line_item_id === "li_a")).toMatchObject({ quantity: 1 })
    expect(sum(sale)).toBe(yuanString(expectedNet(paid)))
    expect(planEntries(paid, sale)).toEqual([])
  })

  it("follows an edit confirmed after the payment", () => {
    const paid = order({ paid_at: at("2026-03-05T00:00:00Z") })
    const sale = planEntries(paid, [])
    const edited = order({
      paid_at: at("2026-03-05T00:00:00Z"),
      edits: [{ id: "ordch_2", confirmed_at: at("2026-03-06T00:00:00Z") }],
      items: [
        line("li_a", "town_bingcun", "ptnr_a", 2, "33.333333"),
        line("li_b", "town_shejiang", "ptnr_b", 1, "33.333333"),
        line("li_c", "town_songyuan", "ptnr_c", 0, "0"),
      ],
    })
    const edit = planEntries(edited, sale)
    expect(
      edit.every(
        (e) => e.kind === "edit" && e.occurred_at.getTime() === at("2026-03-06T00:00:00Z").getTime()
      )
    ).toBe(true)
    expect(edit.find((e) => e.line_item_id === "li_c")).toMatchObject({
      quantity: -3,
      amount: "-33.34",
    })
    expect(sum([...sale, ...edit])).toBe(yuanString(expectedNet(edited)))
  })

  it("takes a refund after a later payment back from the sale, and a cancellation to zero", () => {
    const paidAt = at("2026-03-05T00:00:00Z")
    const sale = planEntries(order({ paid_at: paidAt }), [])
    const refunded = order({
      paid_at: paidAt,
      refunds: [
        { id: "ref_1", created_at: at("2026-03-06T00:00:00Z"), amount: "30", attributable: true },
      ],
    })
    const refund = planEntries(refunded, sale)
    expect(sum(refund)).toBe("-30.00")
    expect(sum([...sale, ...refund])).toBe(yuanString(expectedNet(refunded)))
    const canceled = { ...refunded, canceled_at: at("2026-03-07T00:00:00Z") }
    const cancel = planEntries(canceled, [...sale, ...refund])
    expect(sum([...sale, ...refund, ...cancel])).toBe("0.00")
    expect(yuanString(expectedNet(canceled))).toBe("0.00")
  })

  it("keeps a sale already in the ledger where it is, with the edits after it", () => {
    // written when it was placed (before payments were waited for), paid later
    const legacy = planEntries(order(), [])
    const edited = order({
      paid_at: at("2026-03-05T00:00:00Z"),
      edits: [{ id: "ordch_3", confirmed_at: at("2026-03-02T00:00:00Z") }],
      items: [
        line("li_a", "town_bingcun", "ptnr_a", 2, "33.333333"),
        line("li_b", "town_shejiang", "ptnr_b", 1, "33.333333"),
        line("li_c", "town_songyuan", "ptnr_c", 0, "0"),
      ],
    })
    const edit = planEntries(edited, legacy)
    expect(new Set(edit.map((e) => e.kind))).toEqual(new Set(["edit"]))
    expect(edit.find((e) => e.line_item_id === "li_c")).toMatchObject({ quantity: -3 })
    expect(sum([...legacy, ...edit])).toBe(yuanString(expectedNet(edited)))
  })

  it("files sales on the China-time day", () => {
    expect(chinaDay(at("2026-03-01T16:30:00Z"))).toBe("2026-03-02")
    expect(chinaDay(at("2026-03-01T15:59:59Z"))).toBe("2026-03-01")
  })
})
