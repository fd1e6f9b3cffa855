import type PDFDocument from "pdfkit"
import { loadPdfKit } from "../../../utils/heavy-libraries"
import { chinaDateTimeText, chinaToday } from "../../../shared/china-time"
import { formatYuan, parseFen, sumAmounts, yuanInCapitals } from "../../../shared/money"
import { assertNoticeFont, noticeFontFromEnv } from "./font"
import type { PaymentNoticeInput, PaymentNoticeRow } from "./types"
import text from "./zh-CN.json"

const FONT = "notice-cjk"
const MARGIN = 50
/** room kept at the bottom of every page for its page number */
const FOOTER = 28
const CELL_PAD = 4

/** The table's columns, left to right: width (points) and alignment. */
const COLUMNS = [
  { key: "index", width: 36, align: "center" },
  { key: "item", width: 190, align: "left" },
  { key: "detail", width: 139, align: "left" },
  { key: "quantity", width: 50, align: "right" },
  { key: "amount", width: 80, align: "right" },
] as const
type ColumnKey = (typeof COLUMNS)[number]["key"]
const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0)

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""))

/** The amounts of the notice, checked: the rows sum exactly to the amount to pay. */
function checkAmounts(input: PaymentNoticeInput) {
  const total = parseFen(input.amount)
  if (total === null || total <= BigInt(0)) {
    throw new Error(`A payment notice needs a positive amount (got "${input.amount}")`)
  }
  const bad = input.rows.find((row) => parseFen(row.amount) === null)
  if (bad) throw new Error(`A payment notice row has no amount: "${bad.amount}"`)
  const rowsTotal = sumAmounts(input.rows.map((row) => row.amount))
  if (input.rows.length && parseFen(rowsTotal) !== total) {
    throw new Error(`The notice's rows sum to ${rowsTotal}, not to its amount ${input.amount}`)
  }
}

/**
 * A 付款通知书 as a PDF (A4): payer and payee, the amount in figures and in
 * Chinese capitals, the reference to write in the transfer's 附言, the
 * deadline in China time, the rows paid for (a table that breaks over as many
 * pages as it needs, its header repeated) and notes; every page numbered.
 * Set in a CJK font that pdfkit subsets into the file (see ./font.ts).
 */
export async function renderPaymentNotice(input: PaymentNoticeInput): Promise<Buffer> {
  checkAmounts(input)
  const font = input.font ?? noticeFontFromEnv()
  assertNoticeFont(font)
  const doc = new (await loadPdfKit())({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${text.title} ${input.number}`, Author: text.issuer, Subject: input.reference },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.registerFont(FONT, font.path, font.face)
  doc.font(FONT)

  header(doc, input)
  parties(doc, input)
  table(doc, input.rows, input.amount)
  notes(doc, input.notes ?? [])
  pageNumbers(doc)
  doc.end()
  return done
}

type Doc = InstanceType<typeof PDFDocument>

const left = MARGIN
const bottomOf = (doc: Doc) => doc.page.height - MARGIN - FOOTER

function header(doc: Doc, input: PaymentNoticeInput) {
  doc.fontSize(22).text(text.title, left, MARGIN, { width: TABLE_WIDTH, align: "center" })
  doc.moveDown(0.4).fontSize(9).fillColor("#444")
  const y = doc.y
  doc.text(fill(text.number, { number: input.number }), left, y, { width: TABLE_WIDTH / 2 })
  doc.text(fill(text.issued, { date: chinaToday(input.issued_at) }), left + TABLE_WIDTH / 2, y, {
    width: TABLE_WIDTH / 2,
    align: "right",
  })
  doc.fillColor("#000").moveDown(0.8)
}

/** A labelled line of the parties' box: label in grey, value after it. */
function field(doc: Doc, label: string, value: string, options: { size?: number } = {}) {
  const y = doc.y
  doc
    .fontSize(10)
    .fillColor("#555")
    .text(label, left + 8, y, { width: 120 })
  doc
    .fontSize(options.size ?? 11)
    .fillColor("#000")
    .text(value || "—", left + 130, y, { width: TABLE_WIDTH - 138 })
  doc.y = Math.max(doc.y, y + 14) + 4
}

function parties(doc: Doc, input: PaymentNoticeInput) {
  const top = doc.y
  doc.y += 8
  field(doc, text.payer, input.payer.name)
  field(doc, text.payer_credit_code, input.payer.credit_code ?? "")
  doc.y += 4
  field(doc, text.payee, input.payee.account_name)
  field(doc, text.payee_bank, input.payee.bank_name)
  field(doc, text.payee_account, input.payee.account_number)
  doc.y += 4
  field(doc, text.amount_figures, formatYuan(input.amount), { size: 13 })
  field(doc, text.amount_capitals, `${text.capitals_prefix}${yuanInCapitals(input.amount)}`, {
    size: 13,
  })
  field(doc, text.reference, input.reference, { size: 15 })
  field(doc, text.deadline, `${chinaDateTimeText(input.deadline)}${text.deadline_suffix}`)
  doc
    .rect(left, top, TABLE_WIDTH, doc.y - top + 4)
    .lineWidth(0.8)
    .stroke("#333")
  doc.y += 18
}

/** The height of a row: its tallest cell, wrapped to its column. */
function rowHeight(doc: Doc, cells: Record<ColumnKey, string>) {
  return (
    Math.max(
      ...COLUMNS.map((c) => doc.heightOfString(cells[c.key], { width: c.width - 2 * CELL_PAD }))
    ) +
    2 * CELL_PAD
  )
}

function drawRow(doc: Doc, cells: Record<ColumnKey, string>, options: { head?: boolean } = {}) {
  doc.fontSize(9)
  const height = rowHeight(doc, cells)
  if (doc.y + height > bottomOf(doc)) {
    doc.addPage()
    if (!options.head) drawRow(doc, headCells(), { head: true })
  }
  const y = doc.y
  if (options.head) doc.rect(left, y, TABLE_WIDTH, height).fill("#eeeeee").fillColor("#000")
  let x = left
  for (const column of COLUMNS) {
    doc.fontSize(9).text(cells[column.key], x + CELL_PAD, y + CELL_PAD, {
      width: column.width - 2 * CELL_PAD,
      align: column.align,
    })
    x += column.width
  }
  doc
    .moveTo(left, y + height)
    .lineTo(left + TABLE_WIDTH, y + height)
    .lineWidth(0.4)
    .stroke("#999")
  doc.y = y + height
}

const headCells = (): Record<ColumnKey, string> => ({ ...text.columns })

const rowCells = (row: PaymentNoticeRow, index: number): Record<ColumnKey, string> => ({
  index: String(index + 1),
  item: row.item,
  detail: row.detail ?? "",
  quantity: row.quantity === null || row.quantity === undefined ? "" : String(row.quantity),
  amount: formatYuan(row.amount).replace("¥", ""),
})

function table(doc: Doc, rows: PaymentNoticeRow[], amount: string) {
  if (!rows.length) return
  doc.fontSize(12).text(text.items, left, doc.y)
  doc.moveDown(0.3)
  drawRow(doc, headCells(), { head: true })
  rows.forEach((row, index) => drawRow(doc, rowCells(row, index)))
  drawRow(doc, {
    index: "",
    item: text.total,
    detail: "",
    quantity: "",
    amount: formatYuan(amount).replace("¥", ""),
  })
  doc.y += 14
}

function notes(doc: Doc, extra: string[]) {
  const all = [...text.notes, ...extra]
  doc.fontSize(10)
  if (doc.y + 20 > bottomOf(doc)) doc.addPage()
  doc.fillColor("#000").text(text.notes_title, left, doc.y)
  all.forEach((note, index) => {
    const line = `${index + 1}. ${note}`
    if (doc.y + doc.heightOfString(line, { width: TABLE_WIDTH }) > bottomOf(doc)) doc.addPage()
    doc.fontSize(9).fillColor("#333").text(line, left, doc.y, { width: TABLE_WIDTH })
  })
  doc.fillColor("#000")
}

function pageNumbers(doc: Doc) {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .fontSize(8)
      .fillColor("#666")
      .text(
        `${text.issuer}  ${fill(text.page, { page: i + 1, pages: count })}`,
        left,
        doc.page.height - MARGIN - 12,
        { width: TABLE_WIDTH, align: "center", lineBreak: false }
      )
    doc.page.margins.bottom = bottom
  }
}
