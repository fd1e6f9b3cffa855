/** The receipts of returns the aid ledger reads: one per confirmed `return_receive` change. */
import { returnReceipts } from "../../backend/src/workflows/aid/return-receipts"

const receive = (id: string, at: string, lines: [string, number][], damaged = false) => ({
  id,
  return_id: "ret_1",
  confirmed_at: at,
  actions: lines.map(([reference_id, quantity]) => ({
    action: damaged ? "RECEIVE_DAMAGED_RETURN_ITEM" : "RECEIVE_RETURN_ITEM",
    details: { reference_id, quantity },
  })),
})

describe("returnReceipts", () => {
  // Medusa keeps only the last receipt's quantity on the return item, and no received_at
  const ret = {
    id: "ret_1",
    order_id: "order_1",
    received_at: null,
    items: [{ item_id: "li_a", received_quantity: 1 }],
  }

  it("counts each receipt when it was confirmed, with the units received so far", () => {
    const receipts = returnReceipts(
      [ret],
      [
        receive("ordch_2", "2026-03-04T00:00:00Z", [["li_a", 1]], true),
        receive("ordch_1", "2026-03-03T00:00:00Z", [
          ["li_a", 1],
          ["li_b", 2],
        ]),
        {
          id: "ordch_3",
          return_id: "ret_other",
          confirmed_at: "2026-03-05T00:00:00Z",
          actions: [],
        },
      ]
    )
    expect(receipts).toEqual([
      {
        id: "ret_1",
        received_at: new Date("2026-03-03T00:00:00Z"),
        items: [
          { line_item_id: "li_a", quantity: 1 },
          { line_item_id: "li_b", quantity: 2 },
        ],
      },
      {
        id: "ret_1",
        received_at: new Date("2026-03-04T00:00:00Z"),
        items: [
          { line_item_id: "li_a", quantity: 2 },
          { line_item_id: "li_b", quantity: 2 },
        ],
      },
    ])
  })

  it("takes a received return without receipts as one, and skips one not received", () => {
    const whole = { ...ret, received_at: "2026-03-06T00:00:00Z" }
    expect(returnReceipts([whole], [])).toEqual([
      {
        id: "ret_1",
        received_at: new Date("2026-03-06T00:00:00Z"),
        items: [{ line_item_id: "li_a", quantity: 1 }],
      },
    ])
    expect(returnReceipts([ret], [])).toEqual([])
  })
})
