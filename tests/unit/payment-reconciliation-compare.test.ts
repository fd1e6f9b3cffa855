/**
 * backend/src/modules/payment-reconciliation/compare.ts: a provider's daily
 * bill against the shop's captures and refunds, per out_trade_no.
 */
import {
  compareBill,
  netFen,
  type ShopBillRow,
} from "../../backend/src/modules/payment-reconciliation/compare"
import { previousChinaDay } from "../../backend/src/shared/china-time"
import type { ProviderBillRow } from "../../backend/src/shared/payment-bill"

const bill = (
  out_trade_no: string,
  amount_fen: number,
  kind: ProviderBillRow["kind"] = "payment"
): ProviderBillRow => ({
  provider: "wechatpay",
  kind,
  out_trade_no,
  out_refund_no: kind === "refund" ? `R${out_trade_no}` : null,
  transaction_id: `42000${out_trade_no}`,
  amount_fen,
  occurred_at: "2026-11-30T10:00:00+08:00",
})

const shop = (
  out_trade_no: string,
  amount_fen: number,
  direction: ShopBillRow["direction"] = "payment"
): ShopBillRow => ({
  direction,
  out_trade_no,
  amount_fen,
  payment_id: `pay_${out_trade_no}`,
  order_id: `order_${out_trade_no}`,
  display_id: 7,
})

describe("compareBill", () => {
  it("finds nothing when every payment and refund agrees to the fen", () => {
    expect(
      compareBill(
        [bill("A", 12800), bill("B", 4990), bill("A", 2800, "refund")],
        [shop("B", 4990), shop("A", 12800), shop("A", 2800, "refund")]
      )
    ).toEqual([])
  })

  it("reports each kind of difference with both sides' amounts and the shop's order", () => {
    const differences = compareBill(
      [bill("PAID-ONLY-AT-PROVIDER", 5000), bill("DIFFERENT", 10000), bill("R", 300, "refund")],
      [shop("DIFFERENT", 9999), shop("CAPTURED-ONLY-IN-SHOP", 700), shop("R", 200, "refund")]
    )
    expect(differences).toEqual([
      expect.objectContaining({
        kind: "missing_in_bill",
        direction: "payment",
        out_trade_no: "CAPTURED-ONLY-IN-SHOP",
        bill_fen: null,
        shop_fen: 700,
        payment_id: "pay_CAPTURED-ONLY-IN-SHOP",
      }),
      expect.objectContaining({
        kind: "amount_mismatch",
        out_trade_no: "DIFFERENT",
        bill_fen: 10000,
        shop_fen: 9999,
        transaction_id: "42000DIFFERENT",
      }),
      expect.objectContaining({
        kind: "missing_in_shop",
        out_trade_no: "PAID-ONLY-AT-PROVIDER",
        bill_fen: 5000,
        shop_fen: null,
        order_id: null,
      }),
      expect.objectContaining({
        kind: "amount_mismatch",
        direction: "refund",
        out_trade_no: "R",
        bill_fen: 300,
        shop_fen: 200,
      }),
    ])
  })

  it("compares refunds of one payment by their sum (two partial refunds on the same day)", () => {
    expect(
      compareBill([bill("A", 100, "refund"), bill("A", 250, "refund")], [shop("A", 350, "refund")])
    ).toEqual([])
  })

  it("does not take a refund for a payment of the same number", () => {
    expect(compareBill([bill("A", 500, "refund")], [shop("A", 500)])).toHaveLength(2)
  })

  it("nets a day: payments minus refunds", () => {
    expect(netFen([bill("A", 1000), bill("B", 250), bill("A", 300, "refund")])).toBe(950)
    expect(netFen([shop("A", 1000), shop("A", 1000, "refund")])).toBe(0)
  })
})

describe("previousChinaDay", () => {
  it.each([
    ["2026-12-01", "2026-11-30"],
    ["2026-03-01", "2026-02-28"],
    ["2028-03-01", "2028-02-29"],
    ["2027-01-01", "2026-12-31"],
  ])("%s → %s", (day, before) => expect(previousChinaDay(day)).toBe(before))
})
