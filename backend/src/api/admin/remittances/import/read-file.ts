/**
 * The rows of an uploaded bank statement: XLSX (its first visible sheet,
 * read with exceljs) or CSV (UTF-8, or GBK as Chinese banks' exports often
 * are). Cells come back as text, numbers, dates or formulas (refused later,
 * per row). A file of another type answers a Chinese message.
 */
import ExcelJS from "exceljs"
import { parseCsv } from "../../../../modules/remittance/statement/csv"
import {
  STATEMENT_MAX_ROWS,
  type StatementCell,
} from "../../../../modules/remittance/statement/read"

export type StatementFile = { buffer: Buffer; originalname?: string; mimetype?: string }

export type FileRows = { rows: StatementCell[][] } | { error: string }

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])

/** Text of a CSV: UTF-8 when it decodes as such, else GBK (GB18030). */
function decode(buffer: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer)
  } catch {
    return new TextDecoder("gb18030").decode(buffer)
  }
}

function cellOf(value: ExcelJS.CellValue): StatementCell {
  if (value === null || value === undefined) return null
  if (typeof value === "number" || typeof value === "string" || value instanceof Date) return value
  if (typeof value === "boolean") return String(value)
  if ("formula" in value || "sharedFormula" in value)
    return { formula: String("formula" in value ? value.formula : value.sharedFormula) }
  if ("richText" in value) return value.richText.map((part) => part.text).join("")
  if ("text" in value) return String(value.text)
  if ("error" in value) return String(value.error)
  return null
}

async function readXlsx(buffer: Buffer): Promise<FileRows> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs' types name an older Buffer than Node's
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  } catch {
    return { error: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式" }
  }
  const sheet = workbook.worksheets.find((s) => s.state === "visible") ?? workbook.worksheets[0]
  if (!sheet) return { error: "文件为空：没有工作表" }
  if (sheet.rowCount > STATEMENT_MAX_ROWS + 50)
    return { error: `文件有 ${sheet.rowCount} 行，超过上限 ${STATEMENT_MAX_ROWS} 行，请分批导入` }
  const rows: StatementCell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: StatementCell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value)
    })
    rows[number - 1] = Array.from(cells, (c) => c ?? null)
  })
  return { rows: Array.from(rows, (r) => r ?? []) }
}

/** The rows of the file, or why it cannot be read (Chinese). */
export async function readStatementFile(file: StatementFile | undefined): Promise<FileRows> {
  if (!file) return { error: "请上传银行流水文件（表单字段 file，CSV 或 XLSX）" }
  const { buffer } = file
  if (!buffer.length) return { error: "文件为空" }
  const name = (file.originalname ?? "").toLowerCase()
  if (buffer.subarray(0, 4).equals(ZIP)) return readXlsx(buffer)
  if (buffer.subarray(0, 4).equals(OLE) || name.endsWith(".xls"))
    return { error: "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入" }
  if (/\.(xlsx|xlsm)$/.test(name))
    return { error: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式" }
  if (buffer.includes(0)) return { error: "文件类型不支持：请上传银行导出的 CSV 或 XLSX 交易明细" }
  const text = decode(buffer)
  const lines = text.split(/\r?\n/).length
  if (lines > STATEMENT_MAX_ROWS + 50)
    return { error: `文件有 ${lines} 行，超过上限 ${STATEMENT_MAX_ROWS} 行，请分批导入` }
  // a cell written as a formula (=SUM(…)) is refused like an XLSX formula
  const rows = parseCsv(text).map((row) =>
    row.map((cell): StatementCell => (/^\s*=./.test(cell) ? { formula: cell } : cell))
  )
  return { rows }
}
