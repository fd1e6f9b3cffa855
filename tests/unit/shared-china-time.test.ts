/**
 * backend/src/shared/china-time.ts: China time (UTC+8) for the ledger's days,
 * the reports, the bank-transfer references and the texts that name a deadline.
 */
import {
  chinaCompactDate,
  chinaDateTime,
  chinaDateTimeShort,
  chinaDateTimeText,
  chinaDay,
  chinaDayStart,
  chinaMonth,
  chinaToday,
} from "../../backend/src/shared/china-time"

describe("China time", () => {
  it("puts an instant on its China-time day, whether a Date or an ISO string", () => {
    expect(chinaDay(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02")
    expect(chinaDay("2026-03-01T15:59:59.999Z")).toBe("2026-03-01")
    expect(chinaToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01")
    expect(chinaMonth(new Date("2026-12-31T16:00:00Z"))).toBe(1)
    expect(chinaDayStart("2027-01-01").toISOString()).toBe("2026-12-31T16:00:00.000Z")
    expect(chinaCompactDate(new Date("2026-11-28T17:30:00Z"))).toBe("20261129")
  })

  it("writes date and time to the second, to the minute and as people write it", () => {
    const at = "2026-12-08T10:00:05.000Z"
    expect(chinaDateTime(at)).toBe("2026-12-08 18:00:05")
    expect(chinaDateTimeShort(at)).toBe("2026-12-08 18:00")
    expect(chinaDateTimeText(at)).toBe("2026年12月8日 18:00")
    expect(chinaDateTimeText(new Date("2026-12-31T16:05:00Z"))).toBe("2027年1月1日 00:05")
  })

  it("shows what is no instant as it came, and nothing as nothing", () => {
    expect(chinaDateTimeShort("not a date")).toBe("not a date")
    expect(chinaDateTimeText("not a date")).toBe("not a date")
    expect(chinaDateTimeText(undefined)).toBe("")
    expect(chinaDateTimeText(null)).toBe("")
  })
})
