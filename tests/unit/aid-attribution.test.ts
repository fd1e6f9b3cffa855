/** The aid ledger's attribution planner: splitting money, sales, refunds, returns, cancellations and edits. */
import {
  at,
  expectedNet,
  yuanString,
  line,
  order,
  planEntries,
  splitByWeights,
  sum,
} from "../fixtures/attribution"

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

  it("pays a refund back on a return received in two goes, both receipts counting where they happened", () => {
    const placed = planEntries(order(), [])
    const receipt = (quantity: number, day: string) =>
      order({
        returns: [
          {
            id: "ret_1",
            received_at: at(`2026-03-0${day}T00:00:00Z`),
            items: [{ line_item_id: "li_c", quantity }],
          },
        ],
      })
    const one = planEntries(receipt(1, "3"), placed)
    const two = planEntries(receipt(2, "4"), [...placed, ...one])
    const refunded = {
      ...receipt(2, "4"),
      refunds: [
        {
          id: "ref_1",
          created_at: at("2026-03-05T00:00:00Z"),
          amount: "22.22",
          attributable: true,
        },
      ],
    }
    const refund = planEntries(refunded, [...placed, ...one, ...two])
    // the two units' value (33.33 for 3) comes back from their line alone
    expect(refund).toMatchObject([{ kind: "refund", line_item_id: "li_c", amount: "-22.22" }])
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

  it("keeps the sale's buyer (单位 and its unit) on later entries, whoever the order says now", () => {
    const placed = planEntries(order({ buyer_kind: "unit", unit_id: "unit_a" }), [])
    expect(placed.every((e) => e.buyer_kind === "unit" && e.unit_id === "unit_a")).toBe(true)
    // the member left the unit after the payment: the refund still counts for the unit
    const refunded = order({
      refunds: [
        { id: "ref_1", created_at: at("2026-03-02T00:00:00Z"), amount: "20", attributable: true },
      ],
    })
    const refund = planEntries(refunded, placed)
    expect(refund.length).toBeGreaterThan(0)
    expect(refund.every((e) => e.buyer_kind === "unit" && e.unit_id === "unit_a")).toBe(true)
  })
})
