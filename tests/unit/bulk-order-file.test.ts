import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { readBulkFile } from "../../backend/src/workflows/bulk-order/validate/read-rows"

const HEADERS = ["收货人", "手机号", "省", "市", "区/县", "详细地址", "商品编码", "数量", "备注"]
const ROW = ["张三", "13800138000", "广东省", "梅州市", "梅县区", "华侨城一路 8 号", "MX-A", 2, ""]

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const read = (buffer: Buffer, name = "orders.xlsx") =>
  readBulkFile({ buffer, originalname: name }, false)

const fileError = async (buffer: Buffer, name?: string) => {
  const sheet = await read(buffer, name)
  expect(sheet.rows).toEqual([])
  expect(sheet.errors).toHaveLength(1)
  expect(sheet.errors[0]).toMatchObject({ row: 0, field: "file" })
  return sheet.errors[0].message
}

describe("bulk-order files: XLSX", () => {
  it("reads the 订单明细 sheet by its Chinese headers, numbered as in the file; hidden sheets are ignored", async () => {
    const buffer = await xlsx((wb) => {
      const hidden = wb.addWorksheet("订单明细")
      hidden.state = "hidden"
      hidden.addRow(HEADERS)
      hidden.addRow(["隐藏", ...ROW.slice(1)])
      const other = wb.addWorksheet("说明")
      other.addRow(["这不是订单"])
      const sheet = wb.addWorksheet("Sheet3")
      sheet.addRow(["某单位职工慰问品"])
      sheet.addRow(HEADERS)
      sheet.addRow(ROW)
      sheet.addRow([])
      sheet.addRow(["李四", ...ROW.slice(1)])
    })
    // the visible 订单明细 is absent: the first visible sheet is read, the hidden one never
    const first = await read(buffer)
    expect(first.errors[0]?.message).toMatch(/未找到表头/)
    const only = await xlsx((wb) => {
      const hidden = wb.addWorksheet("订单明细")
      hidden.state = "hidden"
      hidden.addRow(HEADERS)
      hidden.addRow(["隐藏", ...ROW.slice(1)])
      const sheet = wb.addWorksheet("Sheet2")
      sheet.addRow(["某单位职工慰问品"])
      sheet.addRow(HEADERS)
      sheet.addRow(ROW)
      sheet.addRow([])
      sheet.addRow(["李四", ...ROW.slice(1)])
    })
    const sheet = await read(only)
    expect(sheet.errors).toEqual([])
    expect(sheet.rows.map((r) => [r.row, r.values.recipient])).toEqual([
      [3, "张三"],
      [5, "李四"],
    ])
    expect(sheet.rows[0].values.quantity).toBe(2)
  })

  it("a formula is an error of its row and column; a merged range names itself", async () => {
    const buffer = await xlsx((wb) => {
      const sheet = wb.addWorksheet("订单明细")
      sheet.addRow(HEADERS)
      sheet.addRow(ROW)
      sheet.addRow([...ROW.slice(0, 7), { formula: "1+1", result: 2 }])
      sheet.addRow(ROW)
      sheet.addRow(["王五", ...ROW.slice(1)])
      sheet.mergeCells("A4:A5")
    })
    const sheet = await read(buffer)
    expect(sheet.errors).toEqual([
      { row: 3, field: "quantity", message: "第 3 行 H 列是公式，请粘贴为数值" },
      { row: 4, field: "recipient", message: expect.stringContaining("A4:A5") },
      { row: 5, field: "recipient", message: expect.stringContaining("A4:A5") },
    ])
  })

  it("a hidden row is an error; a hidden column of the template refuses the file", async () => {
    const rows = await read(
      await xlsx((wb) => {
        const sheet = wb.addWorksheet("订单明细")
        sheet.addRow(HEADERS)
        sheet.addRow(ROW)
        sheet.addRow(ROW).hidden = true
      })
    )
    expect(rows.errors).toMatchObject([{ row: 3, field: null, message: /隐藏/ }])
    const message = await fileError(
      await xlsx((wb) => {
        const sheet = wb.addWorksheet("订单明细")
        sheet.addRow(HEADERS)
        sheet.addRow(ROW)
        sheet.getColumn(8).hidden = true
      })
    )
    expect(message).toMatch(/「数量」列被隐藏/)
  })

  it("file errors: no sheet content, headers only, a missing column, more than 5,000 rows", async () => {
    expect(await fileError(await xlsx((wb) => wb.addWorksheet("订单明细")))).toMatch(/文件为空/)
    const headersOnly = await xlsx((wb) => wb.addWorksheet("订单明细").addRow(HEADERS))
    expect(await fileError(headersOnly)).toMatch(/没有订单行/)
    const noMobile = await xlsx((wb) => {
      const sheet = wb.addWorksheet("订单明细")
      sheet.addRow(HEADERS.filter((h) => h !== "手机号"))
      sheet.addRow(ROW.slice(1))
    })
    expect(await fileError(noMobile)).toMatch(/缺少列：「手机号」/)
    const big = await xlsx((wb) => {
      const sheet = wb.addWorksheet("订单明细")
      sheet.addRow(HEADERS)
      for (let i = 0; i < 10_001; i++) sheet.addRow(ROW)
    })
    expect(await fileError(big)).toMatch(/超过上限 5000 行/)
  }, 60_000)
})

describe("bulk-order files: CSV and other types", () => {
  const csv = [
    HEADERS.join(","),
    ROW.join(","),
    "李四,138 0013 8000,广东,梅州,梅县,华侨城,MX-A,10箱,",
  ].join("\r\n")

  it("reads UTF-8 with and without BOM, and GBK, alike", async () => {
    const plain = await read(Buffer.from(csv, "utf8"), "a.csv")
    const bom = await read(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
      "a.csv"
    )
    const gbk = await read(iconv.encode(csv, "gbk"), "a.csv")
    for (const sheet of [plain, bom, gbk]) {
      expect(sheet.errors).toEqual([])
      expect(
        sheet.rows.map((r) => [r.row, r.values.recipient, r.values.mobile, r.values.quantity])
      ).toEqual([
        [2, "张三", "13800138000", "2"],
        [3, "李四", "138 0013 8000", "10箱"],
      ])
    }
  })

  it("a CSV formula cell is reported like an XLSX one; 10,001 rows are refused unread", async () => {
    const formula = await read(
      Buffer.from(`${HEADERS.join(",")}\n${ROW.slice(0, 7).join(",")},=1+1,\n`),
      "a.csv"
    )
    expect(formula.errors).toMatchObject([{ row: 2, field: "quantity", message: /公式/ }])
    const many = [HEADERS.join(","), ...Array.from({ length: 10_001 }, () => ROW.join(","))].join(
      "\n"
    )
    expect(await fileError(Buffer.from(many), "a.csv")).toMatch(/超过上限 5000 行/)
  })

  it("a .docx or a PNG renamed .xlsx, a PNG renamed .csv, an empty file: one clear file error", async () => {
    // a .docx is a zip too, but holds no workbook
    const { default: JSZip } = await import("jszip")
    const zip = new JSZip()
    zip.file("[Content_Types].xml", "<Types/>")
    zip.file("word/document.xml", "<w:document/>")
    const docx = await zip.generateAsync({ type: "nodebuffer" })
    expect(await fileError(docx, "orders.xlsx")).toMatch(/无法读取该 Excel 文件|没有可见的工作表/)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(await fileError(png, "orders.xlsx")).toMatch(/无法读取该 Excel 文件/)
    expect(await fileError(png, "orders.csv")).toMatch(/文件类型不支持/)
    expect(await fileError(Buffer.alloc(0), "orders.csv")).toMatch(/文件为空/)
  })
})
