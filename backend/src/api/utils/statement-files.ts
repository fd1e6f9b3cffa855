import type { MedusaResponse } from "@medusajs/framework/http"
import {
  fillText,
  renderStatementPdf,
  renderStatementXlsx,
  STATEMENT_TEXT,
} from "../../modules/unit-report/statement"
import type { UnitStatement } from "../../types/http/unit-report"
import { type StatementRecord, toUnitStatement, verifyUrl } from "../../workflows/unit-report"
import { sendPdf } from "./send-pdf"

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

const names = (s: UnitStatement, template: string) =>
  fillText(template, { unit: s.unit_name, from: s.period.from, to: s.period.to })

/** The download links of a statement under a base path (/store/units/me/statements or /admin/units/:id/statements). */
export const statementLinks = (base: string, id: string) => ({
  pdf_url: `${base}/${id}/pdf`,
  xlsx_url: `${base}/${id}/xlsx`,
})

/** Answers the statement as a PDF download, rendered from what was issued. */
export async function sendStatementPdf(res: MedusaResponse, record: StatementRecord) {
  const statement = toUnitStatement(record)
  const pdf = await renderStatementPdf(statement, verifyUrl(statement.code))
  sendPdf(res, pdf, `statement-${statement.code}.pdf`, names(statement, STATEMENT_TEXT.file_name))
}

/** Answers the statement as an XLSX download. */
export async function sendStatementXlsx(res: MedusaResponse, record: StatementRecord) {
  const statement = toUnitStatement(record)
  const bytes = await renderStatementXlsx(statement, verifyUrl(statement.code))
  const name = names(statement, STATEMENT_TEXT.xlsx_file_name)
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="statement-${statement.code}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`
  )
  res.setHeader("Cache-Control", "no-store")
  res.send(bytes)
}
