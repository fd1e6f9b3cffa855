import type { MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { loadExcel } from "../../../utils/heavy-libraries"
import type { AidExportFormat } from "../../../types/http/aid"

export type Column = {
  header: string
  /** "money" cells are yuan with two decimals; "ratio" cells are percentages */
  type?: "text" | "money" | "integer" | "ratio"
  width?: number
}

export type Table = {
  title: string
  columns: Column[]
  rows: (string | number | null)[][]
}

/**
 * Sends a table as CSV (UTF-8 with a byte-order mark and CRLF, so Excel and
 * WPS open Chinese text ungarbled) or as an XLSX workbook with typed cells.
 */
export async function sendTable<Body>(
  res: MedusaResponse<Body>,
  table: Table,
  format: AidExportFormat,
  fileName: string
) {
  if (format === "csv") {
    const body =
      "\uFEFF" +
      stringify(
        [table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(csvCell))],
        {
          record_delimiter: "\r\n",
        }
      )
    sendFile(res, Buffer.from(body, "utf8"), "text/csv; charset=utf-8", `${fileName}.csv`)
    return
  }
  const workbook = new (await loadExcel()).Workbook()
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(table.title.slice(0, 31))
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? (c.type === "text" || !c.type ? 18 : 14),
    style:
      c.type === "money"
        ? { numFmt: "#,##0.00" }
        : c.type === "ratio"
          ? { numFmt: "0.00%" }
          : c.type === "integer"
            ? { numFmt: "0" }
            : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: "frozen", ySplit: 1 }]
  for (const row of table.rows) {
    sheet.addRow(
      row.map((value, index) => {
        const type = table.columns[index]?.type
        if (value === null || value === undefined || value === "") return null
        if (type === "money" || type === "integer" || type === "ratio") return Number(value)
        return value
      })
    )
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
  sendFile(
    res,
    buffer,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `${fileName}.xlsx`
  )
}

function csvCell(value: string | number | null): string {
  if (value === null || value === undefined) return ""
  const text = String(value)
  // keep spreadsheet software from running cell text as a formula
  return /^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text
}

function sendFile<Body>(res: MedusaResponse<Body>, body: Buffer, type: string, fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_")
  res.setHeader("Content-Type", type)
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
  )
  res.setHeader("Content-Length", String(body.length))
  res.status(200).end(body)
}
