/**
 * The credits of a bank statement, read from its rows (cells as the CSV or
 * the XLSX gives them): the header row found among the first lines (banks
 * print the account and period above it), then every credit row (贷方 /
 * 收入; debits are skipped) checked as a whole. Any problem is reported for
 * its row and field, in Chinese; a statement with problems records nothing.
 * Pure: unit-tested in tests/unit/remittance-statement.test.ts.
 */
import BigNumber from "bignumber.js"
import { chinaDay } from "../../../shared/china-time"
import { CONTROL_CHARACTER } from "../../../shared/text"
import type { RemittanceImportError } from "../../../types/http/remittances"
import { type ColumnMap, columnsOf, isHeader } from "./columns"

/** A cell as read from the file: text, a number or a date (XLSX), or a formula (refused). */
export type StatementCell = string | number | Date | null | { formula: string }

export type StatementCredit = {
  /** the row's number in the file, 1 = its first line */
  row: number
  amount: string
  payer_name: string
  payer_account: string | null
  bank: string | null
  paid_on: string
  paid_at: string | null
  bank_serial: string | null
  remark: string | null
}

export type StatementReading = {
  credits: StatementCredit[]
  skipped: { row: number; message: string }[]
  errors: RemittanceImportError[]
}

/** At most this many data rows in one file. */
export const STATEMENT_MAX_ROWS = 10_000
const HEADER_SEARCH = 30
const LABELS = {
  date: "交易日期",
  payer_name: "对方户名",
  payer_account: "对方账号",
  bank: "对方开户行",
  amount: "金额",
  remark: "摘要/附言",
  serial: "流水号",
} as const

const isFormula = (cell: StatementCell): cell is { formula: string } =>
  typeof cell === "object" && cell !== null && !(cell instanceof Date)

const textOf = (cell: StatementCell): string => {
  if (cell === null || cell === undefined || isFormula(cell)) return ""
  if (cell instanceof Date) return cell.toISOString()
  return String(cell)
    .replace(/^\uFEFF/, "")
    .trim()
}

/** An amount as banks print it: "1,280.50", "¥1280.5", "１２８０.５０", "-300.00", "(300.00)". */
export function parseStatementAmount(cell: StatementCell): BigNumber | string {
  if (typeof cell === "number") {
    const value = new BigNumber(cell.toPrecision(15))
    return value.decimalPlaces()! > 2 ? "金额最多两位小数" : value
  }
  let text = textOf(cell).normalize("NFKC").replace(/\s+/g, "")
  if (!text) return "金额为空"
  let negative = false
  if (/^\(.*\)$/.test(text)) {
    negative = true
    text = text.slice(1, -1)
  }
  text = text.replace(/^(RMB|CNY|¥|人民币)/i, "").replace(/元$/, "")
  if (/^[+-]/.test(text)) {
    negative = negative || text[0] === "-"
    text = text.slice(1).replace(/^¥/, "")
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return `金额「${textOf(cell)}」不是有效的数字`
  const value = new BigNumber(text.replace(/,/g, ""))
  if (value.decimalPlaces()! > 2) return "金额最多两位小数"
  return negative ? value.negated() : value
}

/** A day as banks print it: 2026-12-01, 2026/12/1, 20261201, 2026年12月1日, with or without a time; an XLSX date. */
export function parseStatementDay(cell: StatementCell): { day: string; at: string | null } | null {
  if (cell instanceof Date) {
    // XLSX dates carry the wall-clock date and time as UTC
    if (Number.isNaN(cell.getTime())) return null
    const day = cell.toISOString().slice(0, 10)
    const time = cell.toISOString().slice(11, 19)
    const at = time === "00:00:00" ? null : new Date(`${day}T${time}+08:00`).toISOString()
    return { day, at }
  }
  const text = textOf(cell).normalize("NFKC").trim()
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
      text
    ) ?? /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}):?(\d{2})?)?$/.exec(text)
  if (!m) return null
  const day = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(day)) return null
  if (m[4] === undefined) return { day, at: null }
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
  if (h > 23 || min > 59 || s > 59) return null
  const time = [h, min, s].map((n) => String(n).padStart(2, "0")).join(":")
  return { day, at: new Date(`${day}T${time}+08:00`).toISOString() }
}

const DEBIT_WORDS = /^(借|支|支出|出|D|DR|DEBIT|-)$/i
const CREDIT_WORDS = /^(贷|收|收入|入|C|CR|CREDIT|\+)$/i

/** The statement's credits, or the problems of its rows (`now` bounds the day: nothing in the future). */
export function readStatement(rows: StatementCell[][], now: Date = new Date()): StatementReading {
  const errors: RemittanceImportError[] = []
  const skipped: StatementReading["skipped"] = []
  const credits: StatementCredit[] = []
  const fileError = (message: string) => ({
    credits,
    skipped,
    errors: [{ row: 0, field: null, message }],
  })

  const filled = (row: StatementCell[] | undefined) =>
    (row ?? []).some((c) => textOf(c) !== "" || isFormula(c))
  if (!rows.some(filled)) return fileError("文件为空：没有任何数据行")
  let headerAt = -1
  let map: ColumnMap = { remark: [] }
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH); i++) {
    const candidate = columnsOf((rows[i] ?? []).map(textOf))
    if (isHeader(candidate)) {
      headerAt = i
      map = candidate
      break
    }
  }
  if (headerAt < 0)
    return fileError(
      "未找到表头：文件需要「交易日期」「对方户名」「金额」（或「贷方金额」）「摘要/附言」「流水号」等列"
    )
  const data = rows.slice(headerAt + 1)
  const dataRows = data.filter(filled).length
  if (dataRows > STATEMENT_MAX_ROWS)
    return fileError(`文件有 ${dataRows} 行数据，超过上限 ${STATEMENT_MAX_ROWS} 行，请分批导入`)
  if (!dataRows) return fileError("文件只有表头，没有交易记录")

  const today = chinaDay(now)
  data.forEach((cells, index) => {
    const row = headerAt + index + 2
    if (!filled(cells)) return
    const cell = (column: number | undefined) =>
      column === undefined ? null : (cells[column] ?? null)
    const problem = (field: keyof typeof LABELS | null, message: string) =>
      errors.push({
        row,
        field,
        message: `第 ${row} 行${field ? `「${LABELS[field]}」` : ""}：${message}`,
      })

    const formulaAt = cells.findIndex((c) => isFormula(c))
    if (formulaAt >= 0) return problem(null, "含有公式，请将单元格粘贴为数值后再导入")
    const dateCell = cell(map.date)
    if (!parseStatementDay(dateCell) && /合计|总计|小计|汇总/.test(cells.map(textOf).join("")))
      return skipped.push({ row, message: "合计行，已跳过" })

    // which side: a 贷方 (credit) column, or one amount column with a direction or a sign
    let amount: BigNumber | string
    if (map.credit !== undefined) {
      const credit = cell(map.credit)
      if (!textOf(credit) || parseStatementAmount(credit).toString() === "0") {
        return skipped.push({ row, message: "借方（支出）记录，已跳过" })
      }
      amount = parseStatementAmount(credit)
    } else {
      amount = parseStatementAmount(cell(map.amount))
      const direction = textOf(cell(map.direction)).normalize("NFKC")
      if (DEBIT_WORDS.test(direction))
        return skipped.push({ row, message: "借方（支出）记录，已跳过" })
      if (direction && !CREDIT_WORDS.test(direction))
        return problem(null, `无法识别借贷方向「${direction}」`)
      if (typeof amount !== "string" && amount.lt(0))
        return skipped.push({ row, message: "借方（支出）记录，已跳过" })
    }
    let bad = false
    if (typeof amount === "string") {
      problem("amount", amount)
      bad = true
    } else if (!amount.gt(0)) {
      problem("amount", "金额必须大于 0")
      bad = true
    }
    const day = parseStatementDay(dateCell)
    if (!day) {
      problem("date", textOf(dateCell) ? `日期「${textOf(dateCell)}」无法识别` : "日期为空")
      bad = true
    } else if (day.day > today) {
      problem("date", `日期 ${day.day} 晚于今天`)
      bad = true
    }
    const text = (field: keyof typeof LABELS, value: string, max: number) => {
      if (CONTROL_CHARACTER.test(value.replace(/\r?\n/g, " "))) {
        problem(field, "含有控制字符")
        bad = true
      } else if (value.length > max) {
        problem(field, `超过 ${max} 个字符`)
        bad = true
      }
      return value || null
    }
    const payer = text("payer_name", textOf(cell(map.payer_name)), 100)
    if (!payer) {
      problem("payer_name", "对方户名为空")
      bad = true
    }
    const remark = text(
      "remark",
      map.remark
        .map((c) => textOf(cell(c)))
        .filter(Boolean)
        .join(" "),
      500
    )
    const serial = text(
      "serial",
      textOf(cell(map.serial)).normalize("NFKC").replace(/\s+/g, ""),
      64
    )
    const account = text("payer_account", textOf(cell(map.payer_account)).replace(/\s+/g, ""), 64)
    const bank = text("bank", textOf(cell(map.bank)), 100)
    if (bad || typeof amount === "string" || !day || !payer) return
    credits.push({
      row,
      amount: amount.toFixed(2),
      payer_name: payer,
      payer_account: account,
      bank,
      paid_on: day.day,
      paid_at: day.at,
      bank_serial: serial,
      remark,
    })
  })
  return { credits, skipped, errors }
}
