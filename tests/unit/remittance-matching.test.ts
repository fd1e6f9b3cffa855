import { describe, expect, it } from "vitest"
import { REFERENCE_PATTERN } from "../../backend/src/modules/bank-transfer/payee"
import {
  findReferences,
  normalizePayerName,
  payerMatches,
} from "../../backend/src/modules/remittance/references"
import { planRemittance, type RemittanceTarget } from "../../backend/src/modules/remittance/planner"

const REF = "MX20261129K7QF3P"
const find = (text: string | null) => findReferences(text, [REFERENCE_PATTERN])

describe("reference codes in a 附言", () => {
  it("finds the code however it was typed and whatever surrounds it", () => {
    for (const remark of [
      REF,
      "mx20261129k7qf3p",
      "货款MX20261129K7QF3P谢谢",
      "付款 MX2026 1129 K7QF 3P 梅县帮扶",
      "ＭＸ２０２６１１２９Ｋ７ＱＦ３Ｐ",
      "采购款-mx2026-1129-k7qf-3p（工会）",
      "REF:MX20261129K7QF3P;ORDER 12",
    ]) {
      expect(find(remark), remark).toEqual([REF])
    }
  })

  it("finds nothing where there is no code, and each distinct code once, in order", () => {
    expect(find(null)).toEqual([])
    expect(find("")).toEqual([])
    expect(find("工会慰问品货款")).toEqual([])
    // 0, O, 1, I, L are never in a code's tail
    expect(find("MX20261129K7QF3O")).toEqual([])
    expect(find("MX2026112K7QF3P")).toEqual([])
    expect(find(`${REF} 和 MX20261130ABCDEF 以及 ${REF.toLowerCase()}`)).toEqual([
      REF,
      "MX20261130ABCDEF",
    ])
  })
})

describe("payer names", () => {
  it("compares names with brackets, spaces, full-width and case folded", () => {
    expect(normalizePayerName(" 广州市天河区示范街道总工会（工会） ")).toBe(
      normalizePayerName("广州市天河区示范街道总工会(工会)")
    )
    expect(normalizePayerName("广州 示范 交通集团有限公司")).toBe("广州示范交通集团有限公司")
    expect(normalizePayerName("ＡＢＣ Trading Co.")).toBe("abctradingco")
    expect(normalizePayerName(null)).toBe("")
    expect(payerMatches("广州示范交通集团【职工食堂】", ["", "广州示范交通集团职工食堂"])).toBe(
      true
    )
    expect(payerMatches("广州示范交通集团", ["广州示范交通集团职工食堂"])).toBe(false)
    expect(payerMatches("", [""])).toBe(false)
  })
})

const target = (over: Partial<RemittanceTarget> = {}): RemittanceTarget => ({
  kind: "order",
  id: "order_1",
  reference: REF,
  currency_code: "cny",
  payers: ["广州市天河区示范街道总工会", "李明"],
  payments: [
    {
      payment_id: "pay_1",
      order_id: "order_1",
      amount: "120.50",
      received_amount: "0",
      state: "awaiting_transfer",
    },
  ],
  ...over,
})
const plan = (
  amount: string,
  payer: string,
  t: RemittanceTarget | null = target(),
  confirmed = false
) =>
  planRemittance({
    credit: { amount, payer_name: payer },
    references: t ? [t.reference] : [REF],
    target: t,
    payer_confirmed: confirmed,
  })

describe("the remittance planner", () => {
  it("captures an exact amount from the expected payer, every payment for what it lacks", () => {
    expect(plan("120.50", "广州市天河区示范街道总工会（工会）".replace("（工会）", ""))).toEqual({
      status: "matched",
      reason: null,
      reference: REF,
      target: { kind: "order", id: "order_1" },
      expected_amount: "120.50",
      expected_payer: "广州市天河区示范街道总工会",
      captures: [{ payment_id: "pay_1", order_id: "order_1", amount: "120.50" }],
    })
    // a bulk order: two orders' payments, one partly received by hand
    const bulk = target({
      kind: "bulk_order",
      id: "bulk_1",
      payments: [
        {
          payment_id: "a",
          order_id: "o1",
          amount: "100.00",
          received_amount: "40.00",
          state: "awaiting_transfer",
        },
        {
          payment_id: "b",
          order_id: "o2",
          amount: "50.10",
          received_amount: "0",
          state: "awaiting_transfer",
        },
        {
          payment_id: "c",
          order_id: "o3",
          amount: "9.90",
          received_amount: "9.90",
          state: "received",
        },
      ],
    })
    const p = plan("110.10", "李明", bulk)
    expect(p.status).toBe("matched")
    expect(p.expected_amount).toBe("110.10")
    expect(p.captures).toEqual([
      { payment_id: "a", order_id: "o1", amount: "60.00" },
      { payment_id: "b", order_id: "o2", amount: "50.10" },
    ])
  })

  it("flags under- and over-payments and a differing payer, capturing nothing", () => {
    expect(plan("120.49", "李明")).toMatchObject({ status: "underpaid", captures: [] })
    expect(plan("120.51", "李明")).toMatchObject({ status: "overpaid", captures: [] })
    expect(plan("120.5", "王五")).toMatchObject({
      status: "name_mismatch",
      expected_amount: "120.50",
      captures: [],
    })
    // a person's confirmation lets it capture
    expect(plan("120.50", "王五", target(), true)).toMatchObject({
      status: "matched",
      captures: [{ payment_id: "pay_1", amount: "120.50" }],
    })
    // the amount is checked before the name
    expect(plan("1.00", "王五").status).toBe("underpaid")
  })

  it("never captures what is paid or cancelled, and leaves unknown references unmatched", () => {
    const paid = target({
      payments: [{ ...target().payments[0], received_amount: "120.50", state: "received" }],
    })
    expect(plan("120.50", "李明", paid)).toMatchObject({
      status: "unmatched",
      reason: "already_paid",
      reference: REF,
      captures: [],
    })
    const canceled = target({ payments: [{ ...target().payments[0], state: "canceled" }] })
    expect(plan("120.50", "李明", canceled)).toMatchObject({
      status: "unmatched",
      reason: "canceled",
    })
    expect(plan("120.50", "李明", null)).toMatchObject({
      status: "unmatched",
      reason: "unknown_reference",
      reference: REF,
      target: null,
    })
    expect(
      planRemittance({ credit: { amount: "1", payer_name: "x" }, references: [], target: null })
    ).toMatchObject({ status: "unmatched", reason: "no_reference", reference: null })
    expect(
      planRemittance({
        credit: { amount: "1", payer_name: "x" },
        references: [REF, "MX20261130ABCDEF"],
        target: null,
      })
    ).toMatchObject({ status: "unmatched", reason: "several_references" })
  })
})
