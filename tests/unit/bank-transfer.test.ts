import { describe, expect, it } from "vitest"
import {
  deadlineAfter,
  deadlineDays,
  reminderFrom,
} from "../../backend/src/modules/bank-transfer/deadline"
import { receiptOutcome, standingOf } from "../../backend/src/modules/remittance/standing"
import { renderMessage } from "../../backend/src/modules/notification-outbox/templates"
import { chinaDateTimeText } from "../../backend/src/shared/china-time"
import { formatChinaDateTime } from "../../storefront/lib/checkout/format"

describe("对公转账 payment deadline", () => {
  it("is 7 days by default, configurable in whole days from 1 to 60, and refuses anything else by name", () => {
    expect(deadlineDays(undefined)).toBe(7)
    expect(deadlineDays(" ")).toBe(7)
    expect(deadlineDays("3")).toBe(3)
    expect(deadlineDays(60)).toBe(60)
    for (const bad of ["0", "-1", "1.5", "61", "seven", "7d"]) {
      expect(() => deadlineDays(bad), bad).toThrow(/BANK_TRANSFER_DEADLINE_DAYS/)
    }
  })

  it("falls exactly N days after the order is placed, the reminder 24 hours before it", () => {
    const placed = new Date("2026-12-01T10:00:00.000Z")
    const deadline = deadlineAfter(placed, 7)
    expect(deadline.toISOString()).toBe("2026-12-08T10:00:00.000Z")
    expect(reminderFrom(deadline).toISOString()).toBe("2026-12-07T10:00:00.000Z")
  })

  it("reads in China time, in the storefront and in the SMS alike", () => {
    expect(formatChinaDateTime("2026-12-08T10:00:00.000Z")).toBe("2026年12月8日 18:00")
    expect(chinaDateTimeText("2026-12-08T10:00:00.000Z")).toBe("2026年12月8日 18:00")
    expect(formatChinaDateTime("2026-12-31T16:05:00.000Z")).toBe("2027年1月1日 00:05")
    expect(chinaDateTimeText("2026-12-31T16:05:00.000Z")).toBe("2027年1月1日 00:05")
  })
})

describe("where a transfer stands (exact to the fen)", () => {
  it("awaits, flags a part received, is received once covered and flags an over-payment", () => {
    expect(standingOf({ amount: "100.10", receipts: [] })).toEqual({
      state: "awaiting_transfer",
      amount: "100.10",
      received_amount: "0.00",
      outstanding_amount: "100.10",
      overpaid_amount: "0.00",
      partially_received: false,
    })
    expect(standingOf({ amount: "100.10", receipts: ["0.1", "0.2", "33.33"] })).toMatchObject({
      received_amount: "33.63",
      outstanding_amount: "66.47",
      partially_received: true,
    })
    expect(
      standingOf({ amount: 100.1, receipts: ["100.10"], captured_at: new Date() })
    ).toMatchObject({
      state: "received",
      outstanding_amount: "0.00",
      partially_received: false,
    })
    expect(
      standingOf({ amount: "100.10", receipts: ["60", "45.6"], captured_at: new Date() })
    ).toMatchObject({
      received_amount: "105.60",
      overpaid_amount: "5.50",
    })
    expect(standingOf({ amount: "100.10", receipts: [], canceled_at: new Date() }).state).toBe(
      "canceled"
    )
  })

  it("tells what one more receipt does: partial (not captured), paid or overpaid (captured)", () => {
    expect(receiptOutcome("0.30", "0.10", "0.10")).toMatchObject({
      outcome: "partial",
      capture: false,
      outstanding_amount: "0.10",
    })
    expect(receiptOutcome("0.30", "0.10", "0.20")).toMatchObject({
      outcome: "paid",
      capture: true,
      overpaid_amount: "0.00",
    })
    expect(receiptOutcome("0.30", "0.10", "0.21")).toMatchObject({
      outcome: "overpaid",
      capture: true,
      overpaid_amount: "0.01",
    })
  })
})

describe("对公转账 notices", () => {
  const data = {
    display_id: 1024,
    amount: "1280.50",
    received_amount: "280.50",
    outstanding_amount: "1000.00",
    deadline_at: "2026-12-08T10:00:00.000Z",
    reference: "MX20261201K7QF3P",
    payee: {
      account_name: "梅县消费帮扶商城运营有限公司",
      bank_name: "中国农业银行梅州梅县支行",
      account_number: "4456 0101 0400 2026 118",
    },
  }

  it("remind the buyer of the amount still due, the deadline, the account and the reference", () => {
    const { subject, text } = renderMessage("bank-transfer-reminder", data)
    expect(subject).toBe("【梅县消费帮扶商城】订单 #1024 付款提醒")
    expect(text).toContain("尚待对公转账 ¥1,000.00（应付 ¥1,280.50，已到账 ¥280.50）")
    expect(text).toContain(
      "请于 2026年12月8日 18:00 前转账至 梅县消费帮扶商城运营有限公司（中国农业银行梅州梅县支行，账号 4456 0101 0400 2026 118）"
    )
    expect(text).toContain("附言填写付款识别码 MX20261201K7QF3P。逾期未付订单将自动取消。")
  })

  it("tell the buyer the order was cancelled and what to do if they paid", () => {
    const { subject, text } = renderMessage("bank-transfer-canceled", data)
    expect(subject).toBe("【梅县消费帮扶商城】订单 #1024 已取消")
    expect(text).toContain("未在 2026年12月8日 18:00 前收到对公转账，已自动取消")
    expect(text).toContain("MX20261201K7QF3P")
  })
})
