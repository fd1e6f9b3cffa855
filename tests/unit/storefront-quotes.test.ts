/**
 * The unit area's quotes (询价), their pure view logic: the status a member
 * sees (a quote past its validity reads 已过期 and offers nothing), who may
 * accept or decline, the cart page's threshold (exact in fen), and the
 * prices and dates as shown.
 */
import { QUOTE_STATUS_LABELS, QUOTE_STATUSES, type Quote } from "@http/quote"
import {
  chinaDateText,
  linePrices,
  quoteActions,
  quoteThreshold,
  reachesThreshold,
  shownStatus,
} from "@/lib/quotes/view"
import messages from "@/messages/zh-CN/quote.json"

const NOW = new Date("2026-12-01T08:00:00.000Z")
const quote = (over: Partial<Quote> = {}) =>
  ({
    status: "quoted",
    valid_until: "2026-12-08T15:59:59.000Z",
    approval_id: null,
    order_id: null,
    ...over,
  }) as Pick<Quote, "status" | "valid_until" | "approval_id" | "order_id">

describe("a quote's status and actions", () => {
  it("a sent quote still valid may be accepted or declined by a 采购员, 管理员 or 审批人, not 财务", () => {
    for (const role of ["buyer", "admin", "approver"] as const) {
      expect(quoteActions(quote(), role, NOW)).toEqual({
        status: "quoted",
        mayDecide: true,
        readOnly: false,
      })
    }
    expect(quoteActions(quote(), "finance", NOW)).toEqual({
      status: "quoted",
      mayDecide: false,
      readOnly: true,
    })
  })

  it("past its validity it reads 已过期 and offers nothing, even before the server marks it", () => {
    const passed = quote({ valid_until: "2026-12-01T07:59:59.000Z" })
    expect(shownStatus(passed, NOW)).toBe("expired")
    expect(quoteActions(passed, "buyer", NOW)).toEqual({
      status: "expired",
      mayDecide: false,
      readOnly: false,
    })
    // at the instant itself it has expired
    expect(shownStatus(quote({ valid_until: NOW.toISOString() }), NOW)).toBe("expired")
    expect(shownStatus(quote({ status: "expired" }), NOW)).toBe("expired")
  })

  it("an accepted one (its order, or its approval pending) and the other statuses offer nothing", () => {
    expect(quoteActions(quote({ approval_id: "uappr_1" }), "buyer", NOW).mayDecide).toBe(false)
    expect(quoteActions(quote({ order_id: "order_1" }), "admin", NOW).mayDecide).toBe(false)
    for (const status of ["requested", "accepted", "declined", "cancelled"] as const) {
      const actions = quoteActions(quote({ status, valid_until: null }), "buyer", NOW)
      expect(actions).toEqual({ status, mayDecide: false, readOnly: false })
    }
  })

  it("every status has the contract's label in the storefront's messages", () => {
    for (const status of QUOTE_STATUSES) {
      expect(messages.quote.status[status]).toBe(QUOTE_STATUS_LABELS[status])
    }
  })
})

describe("the cart page's quote threshold", () => {
  it("is QUOTE_MIN_AMOUNT when it is an amount, else ¥2,000", () => {
    expect(quoteThreshold(undefined)).toBe("2000.00")
    expect(quoteThreshold("")).toBe("2000.00")
    expect(quoteThreshold("not money")).toBe("2000.00")
    expect(quoteThreshold("-5")).toBe("2000.00")
    expect(quoteThreshold(" 1500.5 ")).toBe("1500.50")
  })

  it("is reached at the amount exactly, to the fen, whatever the cart total's floating point", () => {
    expect(reachesThreshold(2000, "2000.00")).toBe(true)
    expect(reachesThreshold("1999.99", "2000.00")).toBe(false)
    expect(reachesThreshold(1999.99, "2000.00")).toBe(false)
    // 0.1 + 0.2 style totals round to the fen
    expect(reachesThreshold(1000.1 + 999.9, "2000.00")).toBe(true)
    expect(reachesThreshold(null, "2000.00")).toBe(false)
    expect(reachesThreshold(undefined, "0.00")).toBe(false)
  })
})

describe("a quote's prices and dates as shown", () => {
  it("a lowered price shows both, the list price marked as changed", () => {
    expect(linePrices({ list_price: "128.00", quoted_price: "99.50" })).toEqual({
      list: "¥128.00",
      quoted: "¥99.50",
      changed: true,
    })
    expect(linePrices({ list_price: "1280", quoted_price: "1280.00" })).toEqual({
      list: "¥1,280.00",
      quoted: "¥1,280.00",
      changed: false,
    })
    expect(linePrices({ list_price: "12.00", quoted_price: null })).toEqual({
      list: "¥12.00",
      quoted: null,
      changed: false,
    })
  })

  it("dates are plain China-time days, no countdown", () => {
    // 16:00 UTC is already the next day in China
    expect(chinaDateText("2026-12-08T16:00:00.000Z")).toBe("2026年12月9日")
    expect(chinaDateText("2026-12-08T15:59:59.000Z")).toBe("2026年12月8日")
    expect(chinaDateText("2026-12-10")).toBe("2026年12月10日")
    expect(chinaDateText(null)).toBe("")
    expect(chinaDateText("下周")).toBe("下周")
  })
})
