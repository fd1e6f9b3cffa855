/**
 * Unit reports' pure parts: the statement's figures from ledger rows (exact
 * in fen, refunds apart), the ledger fingerprint, the verification code
 * (100 random bits, Crockford's base32, forgiving when typed), the quota's
 * per-member target and percentage, and the statement PDF read back (the
 * Chinese text, the code, a QR image).
 */
import {
  buildStatement,
  ledgerFingerprint,
  newStatementCode,
  renderStatementPdf,
} from "../../backend/src/modules/unit-report/statement"
import {
  groupStatementCode,
  normalizeStatementCode,
  perMemberTarget,
  quotaPercent,
  statementPeriodSchema,
  unitQuotaSchema,
} from "../../backend/src/shared/unit-report"
import type { UnitLedgerRow } from "../../backend/src/modules/unit-report/repositories/unit-ledger"
import { pdfPages } from "../fixtures/pdf-text"

const row = (n: number, over: Partial<UnitLedgerRow>): UnitLedgerRow => ({
  id: `aident_${String(n).padStart(3, "0")}`,
  order_id: "order_1",
  order_display_id: 1,
  kind: "sale",
  town_id: "town_a",
  partner_id: "partner_a",
  amount: "0.00",
  day: "2026-03-01",
  ...over,
})

const ROWS = [
  row(1, { amount: "33.33" }),
  row(2, { amount: "33.34", town_id: "town_b", partner_id: "partner_b" }),
  row(3, { amount: "0.10", order_id: "order_2", order_display_id: 2, day: "2026-03-05" }),
  row(4, { amount: "-10.01", kind: "refund", day: "2026-03-09" }),
  row(5, {
    amount: "5",
    town_id: null,
    partner_id: null,
    order_id: "order_3",
    order_display_id: null,
  }),
]

const NAMES = {
  towns: new Map([
    ["town_a", "丙村镇"],
    ["town_b", "畲江镇"],
  ]),
  partners: new Map([
    ["partner_a", "梅县东溪农业科技有限公司"],
    ["partner_b", "畲江丰穗农业专业合作社"],
  ]),
  unknown: "未标明产地",
}

describe("buildStatement", () => {
  it("sums exactly in fen: net by town, partner and order, paid and refunded apart", () => {
    const s = buildStatement(ROWS, NAMES)
    expect(s).toMatchObject({ total: "61.76", paid_total: "71.77", refunded_total: "10.01" })
    expect(s.towns).toEqual([
      { town_id: "town_b", name: "畲江镇", amount: "33.34" },
      { town_id: "town_a", name: "丙村镇", amount: "23.42" },
      { town_id: null, name: "未标明产地", amount: "5.00" },
    ])
    expect(s.partners.map((p) => p.amount)).toEqual(["33.34", "23.42", "5.00"])
    expect(s.orders).toEqual([
      {
        order_id: "order_1",
        display_id: 1,
        date: "2026-03-01",
        paid: "66.67",
        refunded: "10.01",
        net: "56.66",
      },
      {
        order_id: "order_2",
        display_id: 2,
        date: "2026-03-05",
        paid: "0.10",
        refunded: "0.00",
        net: "0.10",
      },
      {
        order_id: "order_3",
        display_id: null,
        date: "2026-03-01",
        paid: "5.00",
        refunded: "0.00",
        net: "5.00",
      },
    ])
    expect(buildStatement([], NAMES)).toMatchObject({ total: "0.00", towns: [], orders: [] })
  })

  it("fingerprints the rows whatever their order; any new or changed row changes it", () => {
    const print = ledgerFingerprint(ROWS)
    expect(print).toMatch(/^[0-9a-f]{64}$/)
    expect(ledgerFingerprint([...ROWS].reverse())).toBe(print)
    expect(ledgerFingerprint([...ROWS, row(6, { amount: "-0.01" })])).not.toBe(print)
    expect(ledgerFingerprint(ROWS.map((r, i) => (i ? r : { ...r, amount: "33.32" })))).not.toBe(
      print
    )
  })
})

describe("statement codes", () => {
  it("draws 20 characters of Crockford's base32, never twice the same", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newStatementCode()))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/)
    // every character of the alphabet appears (the bits are used, not a fixed prefix)
    expect(new Set([...codes].join("")).size).toBe(32)
  })

  it("reads a code as people type it and refuses what cannot be one", () => {
    expect(normalizeStatementCode("abcd-efgh jkmn-pqrs-tv01")).toBe("ABCDEFGHJKMNPQRSTV01")
    expect(normalizeStatementCode("ABCDEFGHJKMNPQRSTVOI")).toBe("ABCDEFGHJKMNPQRSTV01")
    expect(normalizeStatementCode("ABCDEFGHJKMNPQRSTVUU")).toBeNull()
    expect(normalizeStatementCode("ABC")).toBeNull()
    expect(groupStatementCode("ABCDEFGHJKMNPQRSTV01")).toBe("ABCD-EFGH-JKMN-PQRS-TV01")
  })
})

describe("quota rules", () => {
  it("computes allowance × headcount exactly and the percentage to one decimal", () => {
    expect(perMemberTarget("600.00", 320)).toBe("192000.00")
    expect(perMemberTarget("0.07", 3)).toBe("0.21")
    expect(perMemberTarget("99999.99", 1000000)).toBe("99999990000.00")
    expect(quotaPercent("500.00", "1000.00")).toBe(50)
    expect(quotaPercent("1.00", "3.00")).toBe(33.3)
    expect(quotaPercent("2.00", "3.00")).toBe(66.7)
    expect(quotaPercent("1500.00", "1000.00")).toBe(150)
    expect(quotaPercent("10.00", null)).toBeNull()
  })

  it("validates quota bodies and periods with Chinese messages", () => {
    expect(unitQuotaSchema.parse({ year: 2026, basis: "amount", amount: 100.5 })).toMatchObject({
      amount: "100.50",
    })
    const bad = unitQuotaSchema.safeParse({ year: 2026, basis: "amount", amount: "0" })
    expect(bad.success || bad.error.issues[0].message).toMatch(/年度目标/)
    const range = statementPeriodSchema.safeParse({ from: "2026-05-01", to: "2026-04-01" })
    expect(range.success || range.error.issues[0].message).toMatch(/开始日期不能晚于结束日期/)
    expect(statementPeriodSchema.safeParse({ from: "2021-01-02", to: "2026-01-01" }).success).toBe(
      true
    )
    expect(statementPeriodSchema.safeParse({ from: "2021-01-01", to: "2026-01-01" }).success).toBe(
      false
    )
  })
})

describe("renderStatementPdf", () => {
  it("sets the statement in Chinese with its code and a QR code of the verify URL", async () => {
    const content = buildStatement(ROWS, NAMES)
    const statement = {
      id: "astmt_1",
      code: "ABCDEFGHJKMNPQRSTV01",
      unit_id: "unit_1",
      unit_name: "梅州市梅县区示范街道总工会",
      credit_code: "81440106MC00000016",
      period: { from: "2026-01-01", to: "2026-12-31" },
      ...content,
      entry_count: ROWS.length,
      issued_at: "2026-12-01T02:00:00.000Z",
      issued_by: "unit" as const,
    }
    const pdf = await renderStatementPdf(
      statement,
      "https://shop.example.cn/verify/ABCDEFGHJKMNPQRSTV01"
    )
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/)
    const text = (await pdfPages(pdf)).join("")
    for (const expected of [
      "消费帮扶采购对账单",
      "梅州市梅县区示范街道总工会",
      "81440106MC00000016",
      "2026-01-01至2026-12-31",
      "ABCD-EFGH-JKMN-PQRS-TV01",
      "丙村镇",
      "畲江丰穗农业专业合作社",
      "61.76",
      "10.01",
      "陆拾壹元柒角陆分",
      "2026-12-0110:00:00",
    ]) {
      expect(text).toContain(expected)
    }
  })
})
