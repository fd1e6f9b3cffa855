/**
 * The error file: the buyer's own file back as XLSX with a 错误 column
 * holding each row's messages. An uploaded XLSX keeps its sheet (formatting,
 * other sheets) and gets the column after its last one; a CSV is copied
 * cell by cell; JSON rows are written in the template's columns. Errors of
 * the order's one delivery address go in a note on the 错误 header.
 */
import type ExcelJS from "exceljs"
import { loadExcel } from "../../../../../../utils/heavy-libraries"
import {
  BULK_ROW_COLUMNS,
  BULK_ROW_HEADERS,
  type BulkRowError,
  type BulkRowInput,
} from "../../../../../../types/http/bulk-order"
import { loadWorkbook, sheetToRead } from "../../../../../../utils/spreadsheet/read"
import { BULK_SHEET_NAME, type BulkSheet } from "../../../../../../workflows/bulk-order/validate"

export const ERROR_HEADER = "错误"
const DELIVERY_ROW = 1

function messagesByRow(errors: BulkRowError[]): Map<number, string> {
  const byRow = new Map<number, string[]>()
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.message])
  return new Map([...byRow].map(([row, list]) => [row, list.join("；")]))
}

function annotate(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  column: number,
  errors: BulkRowError[]
) {
  const header = sheet.getCell(headerRow, column)
  header.value = ERROR_HEADER
  header.font = { bold: true, color: { argb: "FFC00000" } }
  sheet.getColumn(column).width = 60
  const byRow = messagesByRow(errors)
  const delivery = byRow.get(DELIVERY_ROW)
  if (delivery) header.note = delivery
  for (const [row, text] of byRow) {
    if (row <= headerRow) continue
    const cell = sheet.getCell(row, column)
    cell.value = text
    cell.font = { color: { argb: "FFC00000" } }
    cell.alignment = { wrapText: true, vertical: "top" }
  }
}

/** The uploaded file (XLSX or CSV as read) or the JSON rows with the 错误 column, as XLSX bytes. */
export async function errorWorkbook(
  errors: BulkRowError[],
  source: { sheet?: BulkSheet; buffer?: Buffer; rows: BulkRowInput[] }
): Promise<Buffer> {
  const { sheet } = source
  if (sheet?.file?.format === "xlsx" && source.buffer && sheet.header) {
    const workbook = await loadWorkbook(source.buffer)
    const target = workbook && sheetToRead(workbook, BULK_SHEET_NAME)
    if (workbook && target) {
      const header = target.getRow(sheet.header.row)
      annotate(target, sheet.header.row, Math.max(target.columnCount, header.cellCount) + 1, errors)
      return Buffer.from(await workbook.xlsx.writeBuffer())
    }
  }
  const workbook = new (await loadExcel()).Workbook()
  const target = workbook.addWorksheet(BULK_SHEET_NAME)
  if (sheet?.file && sheet.header) {
    sheet.file.rows.forEach((cells, i) => {
      cells.forEach((cell, c) => {
        if (cell !== null && !(typeof cell === "object" && !(cell instanceof Date)))
          target.getCell(i + 1, c + 1).value = cell
        else if (cell && typeof cell === "object" && "formula" in cell)
          target.getCell(i + 1, c + 1).value = cell.formula
      })
    })
    const width = Math.max(...sheet.file.rows.map((r) => r.length), BULK_ROW_COLUMNS.length)
    annotate(target, sheet.header.row, width + 1, errors)
  } else {
    target.addRow(BULK_ROW_COLUMNS.map((k) => BULK_ROW_HEADERS[k]))
    for (const row of source.rows) target.addRow(BULK_ROW_COLUMNS.map((k) => row[k] ?? null))
    annotate(target, 1, BULK_ROW_COLUMNS.length + 1, errors)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
