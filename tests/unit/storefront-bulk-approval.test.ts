/**
 * The bulk-order page's 提交审批, its pure part: whether the previewed bulk
 * order needs the unit's approval (the server's rule, exact in fen) and the
 * body that asks for it (the template's cells of the previewed rows).
 */
import type { BulkRowResolved } from "@http/bulk-order"
import { bulkApprovalBody, bulkApprovalReasons } from "@/lib/unit/bulk-approval"

const policy = (order_over: string | null, month_over: string | null, month_spent = "0.00") => ({
  policy: { order_over, month_over },
  month_spent,
})

describe("whether a previewed bulk order needs approval", () => {
  it("over the per-order amount, not at it exactly", () => {
    expect(bulkApprovalReasons(policy("1000.00", null), "1000.01")).toEqual(["order_over"])
    expect(bulkApprovalReasons(policy("1000.00", null), "1000.00")).toEqual([])
  })

  it("when it takes the month's spending over the monthly amount", () => {
    expect(bulkApprovalReasons(policy(null, "5000.00", "4000.00"), "1000.01")).toEqual([
      "month_over",
    ])
    expect(bulkApprovalReasons(policy(null, "5000.00", "4000.00"), "1000.00")).toEqual([])
    expect(bulkApprovalReasons(policy("100", "5000.00", "4999.99"), "200")).toEqual([
      "order_over",
      "month_over",
    ])
  })

  it("never without a policy, or for what is no amount", () => {
    expect(bulkApprovalReasons(null, "99999.00")).toEqual([])
    expect(bulkApprovalReasons(policy(null, null), "99999.00")).toEqual([])
    expect(bulkApprovalReasons(policy("1", null), "")).toEqual([])
  })
})

describe("the approval request of the previewed rows", () => {
  const resolved = {
    row: 2,
    recipient: "张敏",
    mobile: "13926001234",
    province: "广东省",
    city: "梅州市",
    district: "梅县区",
    address: "新城办事处华侨城一路 3 号",
    sku: "MX-TOMATO-5KG",
    quantity: 2,
    note: null,
    unit_price: "39.90",
    line_total: "79.80",
  } as BulkRowResolved
  const fields = { delivery: null, po_number: "JYJGH-2026-12", note: null, message: "工会福利" }

  it("carries each row's recipient, address and goods, never a price", () => {
    const body = bulkApprovalBody([resolved], fields)
    expect(body).toEqual({
      kind: "bulk_order",
      rows: [
        {
          recipient: "张敏",
          mobile: "13926001234",
          province: "广东省",
          city: "梅州市",
          district: "梅县区",
          address: "新城办事处华侨城一路 3 号",
          sku: "MX-TOMATO-5KG",
          quantity: 2,
          note: null,
        },
      ],
      delivery: null,
      po_number: "JYJGH-2026-12",
      note: null,
      message: "工会福利",
    })
    expect(JSON.stringify(body)).not.toContain("39.90")
  })

  it("with one delivery address, the rows carry only the goods", () => {
    const delivery = {
      recipient: "陈丽",
      mobile: "13926001299",
      province: "广东省",
      city: "梅州市",
      district: "梅县区",
      address: "教育局",
    }
    const body = bulkApprovalBody([resolved], { ...fields, delivery })
    expect(body.rows).toEqual([{ sku: "MX-TOMATO-5KG", quantity: 2, note: null }])
    expect(body.delivery).toEqual(delivery)
  })
})
