import { loadExcel } from "../../../utils/heavy-libraries"
import { chinaDateTime } from "../../../shared/china-time"
import { groupStatementCode } from "../../../shared/unit-report"
import type { UnitStatement } from "../../../types/http/unit-report"
import { fillText } from "./pdf"
import text from "./zh-CN.json"

/** Amounts as numbers with two decimals in the sheet (the figures are exact to the fen). */
const yuan = (value: string) => Number(value)
const MONEY = "#,##0.00"

/**
 * The statement as XLSX: a 汇总 sheet (unit, credit code, period, code,
 * totals, by town, by partner) and a 订单明细 sheet (every order).
 */
export async function renderStatementXlsx(
  statement: UnitStatement,
  verifyUrl: string
): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook()
  workbook.creator = text.issuer
  const summary = workbook.addWorksheet(text.sheet_summary)
  summary.columns = [{ width: 28 }, { width: 40 }, { width: 16 }]
  const rows: (string | number)[][] = [
    [text.title],
    [text.unit, statement.unit_name],
    [text.credit_code, statement.credit_code],
    [text.period, fillText(text.period_value, statement.period)],
    [text.issued_at, chinaDateTime(statement.issued_at)],
    [text.code, groupStatementCode(statement.code)],
    [fillText(text.verify, { url: verifyUrl })],
    [text.paid_total, "", yuan(statement.paid_total)],
    [text.refunded_total, "", yuan(statement.refunded_total)],
    [text.total, "", yuan(statement.total)],
    [],
    [text.towns],
    Object.values(text.town_columns),
    ...statement.towns.map((t, i) => [i + 1, t.name, yuan(t.amount)]),
    [],
    [text.partners],
    Object.values(text.partner_columns),
    ...statement.partners.map((p, i) => [i + 1, p.name, yuan(p.amount)]),
  ]
  rows.forEach((row) => summary.addRow(row))
  summary.getRow(1).font = { bold: true, size: 14 }
  summary.getColumn(3).numFmt = MONEY

  const orders = workbook.addWorksheet(text.sheet_orders)
  orders.columns = [8, 14, 28, 14, 14, 14].map((width) => ({ width }))
  orders.addRow(Object.values(text.order_columns)).font = { bold: true }
  statement.orders.forEach((o, i) =>
    orders.addRow([
      i + 1,
      o.date,
      o.display_id === null ? o.order_id : `#${o.display_id}`,
      yuan(o.paid),
      yuan(o.refunded),
      yuan(o.net),
    ])
  )
  orders.addRow([
    "",
    text.sum,
    "",
    yuan(statement.paid_total),
    yuan(statement.refunded_total),
    yuan(statement.total),
  ])
  for (const c of [4, 5, 6]) orders.getColumn(c).numFmt = MONEY
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
