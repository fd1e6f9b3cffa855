/**
 * The rows of an uploaded bulk-order file (read by utils/spreadsheet): the
 * header row found among the first lines by the template's Chinese headers
 * (or the column keys), then every non-empty row below it, numbered as in the
 * file. What the file itself gets wrong is reported here: a file error
 * (row 0, field "file") for an unreadable, empty or oversized file, a missing
 * column, a hidden column of the template; a row error for a formula, a
 * merged range or a hidden row (nothing is ordered that the buyer cannot see).
 */
import {
  BULK_ROW_COLUMNS,
  BULK_ROW_HEADERS,
  type BulkRowColumn,
  type BulkRowError,
  type BulkRowInput,
} from "../../../types/http/bulk-order"
import { BULK_ADDRESS_COLUMNS, BULK_MAX_ROWS } from "../../../shared/bulk-rows"
import {
  columnLetter,
  readSheetFile,
  type SheetCell,
  type SheetRows,
  type UploadedFile,
} from "../../../utils/spreadsheet/read"

export const BULK_SHEET_NAME = "订单明细"
/** The sheet's header is searched in its first rows (a title may stand above it). */
const HEADER_SEARCH = 10

export type NumberedRow = { row: number; values: BulkRowInput }

export type BulkSheet = {
  rows: NumberedRow[]
  errors: BulkRowError[]
  /** the file as read, for the error file */
  file: SheetRows | null
  /** the header's row number and each column's 1-based position */
  header: { row: number; columns: Partial<Record<BulkRowColumn, number>> } | null
}

const fileError = (message: string): BulkRowError => ({ row: 0, field: "file", message })

const isFormula = (cell: SheetCell): cell is { formula: string } =>
  typeof cell === "object" && cell !== null && !(cell instanceof Date)

function headerKey(cell: SheetCell): BulkRowColumn | null {
  if (typeof cell !== "string") return null
  const text = cell
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .replace(/[*＊\s]/g, "")
    .replace(/[(（].*$/, "")
  for (const key of BULK_ROW_COLUMNS) {
    if (text === BULK_ROW_HEADERS[key] || text.toLowerCase() === key) return key
  }
  if (text === "区县" || text === "区" || text === "县") return "district"
  if (text === "省份") return "province"
  if (text === "城市") return "city"
  return null
}

function cellValue(cell: SheetCell): string | number | null {
  if (cell === null || isFormula(cell)) return null
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return cell
}

const filled = (cells: SheetCell[] | undefined) =>
  (cells ?? []).some((c) => isFormula(c) || (c !== null && String(c).trim() !== ""))

/** The numbered rows of the sheet, or its file and row problems. */
export function rowsOfSheet(file: SheetRows, oneAddress: boolean): BulkSheet {
  const none = (message: string): BulkSheet => ({
    rows: [],
    errors: [fileError(message)],
    file,
    header: null,
  })
  if (!file.rows.some(filled)) return none("文件为空：没有任何内容")
  let headerAt = -1
  const columns: Partial<Record<BulkRowColumn, number>> = {}
  for (let i = 0; i < Math.min(file.rows.length, HEADER_SEARCH) && headerAt < 0; i++) {
    const keys = (file.rows[i] ?? []).map(headerKey)
    if (keys.includes("sku") && keys.includes("quantity")) {
      headerAt = i
      keys.forEach((key, index) => {
        if (key && columns[key] === undefined) columns[key] = index + 1
      })
    }
  }
  if (headerAt < 0)
    return none(
      `未找到表头：第一行需要「${BULK_ROW_HEADERS.sku}」「${BULK_ROW_HEADERS.quantity}」等列，请使用下载的模板`
    )
  const required = oneAddress ? [] : BULK_ADDRESS_COLUMNS
  const missing = required.filter((key) => columns[key] === undefined)
  if (missing.length)
    return none(
      `缺少列：${missing.map((k) => `「${BULK_ROW_HEADERS[k]}」`).join("")}，请使用下载的模板`
    )
  const hidden = BULK_ROW_COLUMNS.filter((k) => file.hidden_columns.includes(columns[k] ?? -1))
  if (hidden.length)
    return none(
      `${hidden.map((k) => `「${BULK_ROW_HEADERS[k]}」`).join("")}列被隐藏，请取消隐藏后再上传`
    )
  const headerRow = headerAt + 1
  const headerMerge = file.merges.find((range) => mergeRows(range).some((r) => r === headerRow))
  if (headerMerge) return none(`表头有合并单元格 ${headerMerge}，请取消合并后再上传`)

  const errors: BulkRowError[] = []
  const rows: NumberedRow[] = []
  const fieldAt = (column: number) =>
    (Object.keys(columns) as BulkRowColumn[]).find((k) => columns[k] === column) ?? null
  const mergedRows = new Map<number, string>()
  for (const range of file.merges) {
    for (const r of mergeRows(range))
      if (r > headerRow && !mergedRows.has(r)) mergedRows.set(r, range)
  }
  const dataRows = file.rows.slice(headerAt + 1).filter(filled).length
  if (dataRows > BULK_MAX_ROWS)
    return none(`文件有 ${dataRows} 行数据，超过上限 ${BULK_MAX_ROWS} 行，请拆成多个文件分批下单`)
  if (!dataRows) return none("文件只有表头，没有订单行")
  // every row is checked further too; its first error per field is the one kept
  file.rows.slice(headerAt + 1).forEach((cells, index) => {
    const row = headerRow + index + 1
    if (!filled(cells)) return
    if (file.hidden_rows.includes(row)) {
      errors.push({ row, field: null, message: `第 ${row} 行被隐藏，请取消隐藏或删除该行` })
    }
    const range = mergedRows.get(row)
    if (range) {
      const field = fieldAt(columnIndex(range))
      errors.push({ row, field, message: `单元格 ${range} 是合并单元格，请取消合并并逐行填写` })
    }
    cells.forEach((cell, index) => {
      if (!isFormula(cell)) return
      const field = fieldAt(index + 1)
      if (!field) return
      errors.push({
        row,
        field,
        message: `第 ${row} 行 ${columnLetter(index + 1)} 列是公式，请粘贴为数值`,
      })
    })
    const values: BulkRowInput = {}
    for (const key of BULK_ROW_COLUMNS) {
      const column = columns[key]
      if (column !== undefined) values[key] = cellValue(cells[column - 1] ?? null)
    }
    rows.push({ row, values })
  })
  return { rows, errors, file, header: { row: headerRow, columns } }
}

/** The rows a merged range ("A3:B4") covers. */
function mergeRows(range: string): number[] {
  const [from, to] = range.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")))
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** The first column of a range as a number ("C3:D4" → 3). */
function columnIndex(range: string): number {
  const letters = range.match(/^[A-Z]+/)![0]
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
}

/** The uploaded file's rows (XLSX or CSV), or its file error. */
export async function readBulkFile(
  upload: UploadedFile | undefined,
  oneAddress: boolean
): Promise<BulkSheet> {
  const file = await readSheetFile(upload, {
    max_rows: BULK_MAX_ROWS,
    sheet_name: BULK_SHEET_NAME,
    messages: {
      missing: "请上传订单文件（表单字段 file，XLSX 或 CSV）",
      unsupported: "文件类型不支持：请上传下载的 XLSX 模板或 CSV 文件",
      too_many: (rows, limit) =>
        `文件约有 ${rows} 行，超过上限 ${limit} 行，请拆成多个文件分批下单`,
    },
  })
  if ("error" in file)
    return { rows: [], errors: [fileError(file.error)], file: null, header: null }
  return rowsOfSheet(file, oneAddress)
}

/** JSON rows, numbered as the template's would be (the first row is 2). */
export function rowsOfBody(rows: BulkRowInput[]): BulkSheet {
  if (!rows.length) return { rows: [], errors: [fileError("没有订单行")], file: null, header: null }
  if (rows.length > BULK_MAX_ROWS)
    return {
      rows: [],
      errors: [fileError(`共 ${rows.length} 行，超过上限 ${BULK_MAX_ROWS} 行，请分批下单`)],
      file: null,
      header: null,
    }
  return {
    rows: rows.map((values, i) => ({ row: i + 2, values })),
    errors: [],
    file: null,
    header: null,
  }
}
