import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { readStatementFile } from "../../backend/src/api/admin/remittances/import/read-file"
import { readStatement } from "../../backend/src/modules/remittance/statement/read"

const NOW = new Date("2026-12-01T06:00:00Z")

/** A bank's CSV export in GBK, as Chinese banks write it (交易日期,对方户名,贷方金额,附言,流水号 and one credit). */
const GBK_CSV = Buffer.from(
  "bdbbd2d7c8d5c6da2cb6d4b7bdbba7c3fb2cb4fbb7bdbdf0b6ee2cb8bdd1d42cc1f7cbaebac50d0a323032362d31312d33302cb9e3d6ddcad0ccecbad3c7f8cabeb7b6bdd6b5c0d7dcb9a4bbe12c22312c3238302e3530222cbbf5bfee204d5832303236313132394b37514633502c47310d0a",
  "hex"
)

describe("statement files", () => {
  it("reads a GBK CSV as a UTF-8 one", async () => {
    const file = await readStatementFile({ buffer: GBK_CSV, originalname: "流水.csv" })
    if ("error" in file) throw new Error(file.error)
    const reading = readStatement(file.rows, NOW)
    expect(reading.errors).toEqual([])
    expect(reading.credits).toMatchObject([
      {
        row: 2,
        amount: "1280.50",
        payer_name: "广州市天河区示范街道总工会",
        remark: "货款 MX20261129K7QF3P",
        bank_serial: "G1",
      },
    ])
  })

  it("reads the first visible sheet of an XLSX, with rich text, numbers, dates and formulas as such", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("hidden").state = "hidden"
    const sheet = workbook.addWorksheet("明细")
    sheet.addRow(["交易日期", "对方户名", "金额", "附言"])
    sheet.addRow([
      new Date(Date.UTC(2026, 10, 30)),
      { richText: [{ text: "甲" }, { text: "单位" }] },
      12.5,
      "x",
    ])
    sheet.addRow(["2026-11-30", "乙", { formula: "1+1", result: 2 }, ""])
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
    const file = await readStatementFile({ buffer, originalname: "a.xlsx" })
    if ("error" in file) throw new Error(file.error)
    expect(file.rows[1]).toEqual([new Date(Date.UTC(2026, 10, 30)), "甲单位", 12.5, "x"])
    expect(file.rows[2][2]).toEqual({ formula: "1+1" })
  })

  it("answers a Chinese reason for what is no statement file", async () => {
    const reason = async (buffer: Buffer | undefined, name = "x.csv") => {
      const file = await readStatementFile(buffer && { buffer, originalname: name })
      return "error" in file ? file.error : null
    }
    expect(await reason(undefined)).toMatch(/请上传/)
    expect(await reason(Buffer.alloc(0))).toMatch(/文件为空/)
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), "a.xls")).toMatch(/\.xls/)
    expect(await reason(Buffer.from([1, 0, 2]), "a.bin")).toMatch(/文件类型不支持/)
    expect(await reason(Buffer.from("not a zip"), "a.xlsx")).toMatch(/无法读取/)
  })
})
