/**
 * The rows of an uploaded spreadsheet, by content not by name: XLSX (read
 * with exceljs; the visible sheet asked for, else the first visible one) or
 * CSV (UTF-8 with or without BOM, or GBK / GB18030 as Chinese exports often
 * are). Cells come back as text, numbers, dates or formulas (which the caller
 * refuses per row); the XLSX's merged ranges and hidden rows and columns are
 * reported so that the caller decides. A file of another type, empty, or far
 * over the row limit answers a Chinese message and nothing is read further.
 * Used by the bank statement import and the bulk-order upload.
 */
import type ExcelJS from "exceljs"
import { loadExcel } from "../heavy-libraries"
import { parseCsv } from "./csv"

/** A cell as read from the file: text, a number or a date (XLSX), or a formula. */
export type SheetCell = string | number | Date | null | { formula: string }

export type UploadedFile = { buffer: Buffer; originalname?: string; mimetype?: string }

export type SheetRows = {
  format: "xlsx" | "csv"
  /** the sheet read (XLSX) */
  sheet: string | null
  /** rows[i] is the file's row i + 1 */
  rows: SheetCell[][]
  /** merged ranges, e.g. "A3:B4" */
  merges: string[]
  /** 1-based numbers of hidden rows and columns */
  hidden_rows: number[]
  hidden_columns: number[]
}

export type SheetReading = SheetRows | { error: string }

export type SheetReadOptions = {
  /** the most data rows a file may have (a file far beyond is refused unread) */
  max_rows: number
  /** the visible sheet to read when present */
  sheet_name?: string
  messages: {
    /** no file in the form */
    missing: string
    /** neither XLSX nor text */
    unsupported: string
    /** more rows than the limit: (rows, limit) → message */
    too_many: (rows: number, limit: number) => string
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])
/** Rows above the data (a header, a bank's account lines) tolerated before counting. */
const SLACK = 50

/** Text of a CSV: UTF-8 when it decodes as such, else GBK (GB18030). */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer)
  } catch {
    return new TextDecoder("gb18030").decode(buffer)
  }
}

/** Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = ""
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

function cellOf(value: ExcelJS.CellValue): SheetCell {
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

/** An XLSX workbook from a buffer, or null when it cannot be read. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new (await loadExcel()).Workbook()
  try {
    // exceljs' types name an older Buffer than Node's
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
    return workbook
  } catch {
    return null
  }
}

/** The sheet read: the visible one named `name`, else the first visible one (hidden sheets are never read). */
export function sheetToRead(workbook: ExcelJS.Workbook, name?: string): ExcelJS.Worksheet | null {
  const visible = workbook.worksheets.filter((s) => s.state === "visible")
  return (name ? visible.find((s) => s.name.trim() === name) : undefined) ?? visible[0] ?? null
}

async function readXlsx(buffer: Buffer, options: SheetReadOptions): Promise<SheetReading> {
  const workbook = await loadWorkbook(buffer)
  if (!workbook) return { error: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式" }
  const sheet = sheetToRead(workbook, options.sheet_name)
  if (!sheet) return { error: "文件为空：没有可见的工作表" }
  if (sheet.actualRowCount > options.max_rows + SLACK)
    return { error: options.messages.too_many(sheet.actualRowCount, options.max_rows) }
  const rows: SheetCell[][] = []
  const hidden_rows: number[] = []
  const mergeEnds = new Map<string, { row: number; column: number }>()
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.hidden) hidden_rows.push(number)
    const cells: SheetCell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.isMerged) {
        const master = cell.master.address
        const end = mergeEnds.get(master) ?? { row: number, column }
        mergeEnds.set(master, {
          row: Math.max(end.row, number),
          column: Math.max(end.column, column),
        })
      }
      cells[column - 1] = cellOf(cell.value)
    })
    rows[number - 1] = Array.from(cells, (c) => c ?? null)
  })
  const hidden_columns: number[] = []
  for (let c = 1; c <= sheet.columnCount; c++) {
    if (sheet.getColumn(c).hidden) hidden_columns.push(c)
  }
  const merges = [...mergeEnds].map(
    ([start, end]) => `${start}:${columnLetter(end.column)}${end.row}`
  )
  return {
    format: "xlsx",
    sheet: sheet.name,
    rows: Array.from(rows, (r) => r ?? []),
    merges,
    hidden_rows,
    hidden_columns,
  }
}

/** The rows of the file, or why it cannot be read (Chinese). */
export async function readSheetFile(
  file: UploadedFile | undefined,
  options: SheetReadOptions
): Promise<SheetReading> {
  if (!file) return { error: options.messages.missing }
  const { buffer } = file
  if (!buffer.length) return { error: "文件为空" }
  const name = (file.originalname ?? "").toLowerCase()
  if (buffer.subarray(0, 4).equals(ZIP)) return readXlsx(buffer, options)
  if (buffer.subarray(0, 4).equals(OLE) || name.endsWith(".xls"))
    return { error: "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再上传" }
  if (/\.(xlsx|xlsm)$/.test(name))
    return { error: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式" }
  if (buffer.includes(0)) return { error: options.messages.unsupported }
  const text = decodeText(buffer)
  const lines = text.split(/\r?\n/).length
  if (lines > options.max_rows + SLACK)
    return { error: options.messages.too_many(lines, options.max_rows) }
  // a cell written as a formula (=SUM(…)) is reported like an XLSX formula
  const rows = parseCsv(text).map((row) =>
    row.map((cell): SheetCell => (/^\s*=./.test(cell) ? { formula: cell } : cell))
  )
  return { format: "csv", sheet: null, rows, merges: [], hidden_rows: [], hidden_columns: [] }
}
