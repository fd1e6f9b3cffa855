import { describe, expect, it } from "vitest"
import { parseCsv } from "../../backend/src/utils/spreadsheet/csv"
import {
  parseStatementAmount,
  parseStatementDay,
  readStatement,
  type StatementCell,
} from "../../backend/src/modules/remittance/statement/read"

const NOW = new Date("2026-12-01T06:00:00Z")

describe("bank statement cells", () => {
  it("reads amounts as banks print them, and refuses what is no amount in Chinese", () => {
    const ok = (cell: StatementCell) => (parseStatementAmount(cell) as any).toFixed(2)
    expect(ok("1,280.50")).toBe("1280.50")
    expect(ok("¥1280.5")).toBe("1280.50")
    expect(ok("￥12,345,678.00")).toBe("12345678.00")
    expect(ok("１２８０.５０")).toBe("1280.50")
    expect(ok("-300.00")).toBe("-300.00")
    expect(ok("(300.00)")).toBe("-300.00")
    expect(ok("RMB 99")).toBe("99.00")
    expect(ok(1280.5)).toBe("1280.50")
    for (const bad of ["12.345", "1,28,0", "abc", "", "1.2.3"])
      expect(parseStatementAmount(bad), bad).toMatch(/金额/)
  })

  it("reads days with or without a time, as text or an XLSX date", () => {
    expect(parseStatementDay("2026-12-01")).toEqual({ day: "2026-12-01", at: null })
    expect(parseStatementDay("2026/12/1")).toEqual({ day: "2026-12-01", at: null })
    expect(parseStatementDay("20261201")).toEqual({ day: "2026-12-01", at: null })
    expect(parseStatementDay("2026年12月1日")).toEqual({ day: "2026-12-01", at: null })
    expect(parseStatementDay("2026-12-01 10:30:00")).toEqual({
      day: "2026-12-01",
      at: "2026-12-01T02:30:00.000Z",
    })
    expect(parseStatementDay(new Date(Date.UTC(2026, 11, 1)))).toEqual({
      day: "2026-12-01",
      at: null,
    })
    for (const bad of ["2026-02-30", "12/01/2026", "昨天", ""])
      expect(parseStatementDay(bad), bad).toBeNull()
  })

  it("parses CSV with quotes, commas and line breaks in fields, and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"1,280.50","say ""hi""\nthere"\n')).toEqual([
      ["a", "b"],
      ["1,280.50", 'say "hi"\nthere'],
    ])
  })
})

describe("reading a statement", () => {
  it("finds the header under the bank's preamble, keeps credits and skips debits and totals", () => {
    const reading = readStatement(
      [
        ["账号：44001234567890", "", ""],
        [
          "交易日期",
          "对方户名",
          "对方帐号",
          "借方发生额（元）",
          "贷方发生额（元）",
          "摘要",
          "附言",
          "流水号",
        ],
        [
          "2026-11-30",
          "广州市天河区示范街道总工会",
          "6222 0000 1111",
          "",
          "1,280.50",
          "货款",
          "MX20261129K7QF3P",
          "SN 001",
        ],
        ["2026-11-30", "电费", "", "300.00", "", "代扣", "", "SN002"],
        ["", "", "", "", "", "", "", ""],
        ["合计", "", "", "300.00", "1,280.50", "", "", ""],
      ],
      NOW
    )
    expect(reading.errors).toEqual([])
    expect(reading.credits).toEqual([
      {
        row: 3,
        amount: "1280.50",
        payer_name: "广州市天河区示范街道总工会",
        payer_account: "622200001111",
        bank: null,
        paid_on: "2026-11-30",
        paid_at: null,
        bank_serial: "SN001",
        remark: "货款 MX20261129K7QF3P",
      },
    ])
    expect(reading.skipped.map((s) => s.row)).toEqual([4, 6])
  })

  it("uses one amount column with a direction or a sign", () => {
    const reading = readStatement(
      [
        ["交易时间", "付款人名称", "交易金额", "借贷标志", "用途", "交易流水号"],
        ["2026-11-29 09:00", "甲单位", "50.00", "贷", "MX20261129K7QF3P", "A1"],
        ["2026-11-29 10:00", "乙单位", "60.00", "借", "", "A2"],
        ["2026-11-29 11:00", "丙单位", "70.00", "", "", "A3"],
        ["2026-11-29 12:00", "丁单位", "-80.00", "", "", "A4"],
      ],
      NOW
    )
    expect(reading.errors).toEqual([])
    expect(reading.credits.map((c) => [c.row, c.amount, c.bank_serial])).toEqual([
      [2, "50.00", "A1"],
      [4, "70.00", "A3"],
    ])
  })

  it("reports every bad row in Chinese, with its field, and refuses empty files, formulas and 10,000+ rows", () => {
    const header = ["交易日期", "对方户名", "金额", "附言", "流水号"]
    const reading = readStatement(
      [
        header,
        ["2026-13-01", "甲", "10", "", "1"],
        ["2026-11-01", "", "abc", "", "2"],
        ["2026-11-01", "乙", { formula: "SUM(A1:A2)" }, "", "3"],
        ["2026-12-05", "丙", "1", "", "4"],
        ["2026-11-01", "丁", "0", "", "5"],
      ],
      NOW
    )
    expect(reading.errors.map((e) => [e.row, e.field])).toEqual([
      [2, "date"],
      [3, "amount"],
      [3, "payer_name"],
      [4, null],
      [5, "date"],
      [6, "amount"],
    ])
    expect(reading.errors[0].message).toBe("第 2 行「交易日期」：日期「2026-13-01」无法识别")
    expect(reading.errors[3].message).toMatch(/公式/)
    expect(readStatement([], NOW).errors[0].message).toMatch(/文件为空/)
    expect(readStatement([header], NOW).errors[0].message).toMatch(/只有表头/)
    expect(
      readStatement(
        [
          ["姓名", "电话"],
          ["a", "b"],
        ],
        NOW
      ).errors[0].message
    ).toMatch(/未找到表头/)
    const many = Array.from({ length: 10_001 }, (_, i) => ["2026-11-01", "甲", "1", "", String(i)])
    expect(readStatement([header, ...many], NOW).errors).toEqual([
      { row: 0, field: null, message: "文件有 10001 行数据，超过上限 10000 行，请分批导入" },
    ])
  })
})
