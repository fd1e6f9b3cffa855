/** The aid ledger's attribution planner: when payments arrive (bank transfers), and the China-time day. */
import {
  at,
  chinaDay,
  expectedNet,
  yuanString,
  line,
  order,
  planEntries,
  sum,
} from "../fixtures/attribution"

describe("planEntries", () => {
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
