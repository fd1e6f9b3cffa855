import type PDFDocument from "pdfkit"
import { loadPdfKit, loadQrCode } from "../../../utils/heavy-libraries"
import { assertNoticeFont, type NoticeFont, noticeFontFromEnv } from "../../bank-transfer/notice"
import { chinaDateTime } from "../../../shared/china-time"
import { formatYuan, yuanInCapitals } from "../../../shared/money"
import { groupStatementCode } from "../../../shared/unit-report"
import type { UnitStatement } from "../../../types/http/unit-report"
import text from "./zh-CN.json"

const FONT = "statement-cjk"
const MARGIN = 50
const FOOTER = 28
const PAD = 4
const WIDTH = 495

type Doc = InstanceType<typeof PDFDocument>
type Column = { key: string; title: string; width: number; align: "left" | "right" | "center" }

export const fillText = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""))

const plain = (yuan: string) => formatYuan(yuan).replace("¥", "")

/** Columns of a table from its titles and widths (the last column takes the rest, right-aligned). */
function columns(titles: Record<string, string>, widths: number[]): Column[] {
  const keys = Object.keys(titles)
  const used = widths.reduce((a, b) => a + b, 0)
  return keys.map((key, i) => ({
    key,
    title: titles[key],
    width: i < widths.length ? widths[i] : (WIDTH - used) / (keys.length - widths.length),
    align: key === "index" ? "center" : i < 2 ? "left" : "right",
  }))
}

/** A table that breaks over pages, repeating its header row. */
function drawTable(doc: Doc, cols: Column[], rows: Record<string, string>[]) {
  const head = Object.fromEntries(cols.map((c) => [c.key, c.title]))
  const line = (cells: Record<string, string>, isHead: boolean) => {
    doc.fontSize(9)
    const height =
      Math.max(
        ...cols.map((c) => doc.heightOfString(cells[c.key] ?? "", { width: c.width - 2 * PAD }))
      ) +
      2 * PAD
    if (doc.y + height > doc.page.height - MARGIN - FOOTER) {
      doc.addPage()
      if (!isHead) line(head, true)
    }
    const y = doc.y
    if (isHead) doc.rect(MARGIN, y, WIDTH, height).fill("#eeeeee").fillColor("#000")
    let x = MARGIN
    for (const c of cols) {
      doc.text(cells[c.key] ?? "", x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align })
      x += c.width
    }
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + WIDTH, y + height)
      .lineWidth(0.4)
      .stroke("#999")
    doc.y = y + height
  }
  line(head, true)
  rows.forEach((row) => line(row, false))
  doc.y += 12
}

function heading(doc: Doc, title: string) {
  if (doc.y + 60 > doc.page.height - MARGIN - FOOTER) doc.addPage()
  doc.fontSize(12).fillColor("#000").text(title, MARGIN, doc.y)
  doc.moveDown(0.3)
}

function field(doc: Doc, label: string, value: string, size = 10) {
  const y = doc.y
  doc
    .fontSize(9)
    .fillColor("#555")
    .text(label, MARGIN + 8, y, { width: 110 })
  doc
    .fontSize(size)
    .fillColor("#000")
    .text(value, MARGIN + 120, y, { width: WIDTH - 260 })
  doc.y = Math.max(doc.y, y + 13) + 3
}

/**
 * The statement as a PDF (A4) in the 付款通知书's CJK font (PAYMENT_NOTICE_FONT,
 * subset into the file): the unit, its credit code, the period, the totals
 * (net in figures and capitals), a QR code of the public verify URL with the
 * code, the totals by town and by partner, every order, notes; pages numbered.
 */
export async function renderStatementPdf(
  statement: UnitStatement,
  verifyUrl: string,
  font: NoticeFont = noticeFontFromEnv()
): Promise<Buffer> {
  assertNoticeFont(font)
  const qr = await (await loadQrCode()).toBuffer(verifyUrl, { type: "png", margin: 1, width: 220 })
  const doc = new (await loadPdfKit())({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${text.title} ${statement.code}`, Author: text.issuer },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.registerFont(FONT, font.path, font.face)
  doc.font(FONT)

  doc.fontSize(20).text(text.title, MARGIN, MARGIN, { width: WIDTH, align: "center" })
  doc.moveDown(0.6)
  const top = doc.y
  doc.image(qr, MARGIN + WIDTH - 110, top + 4, { width: 100 })
  doc.y = top + 6
  field(doc, text.unit, statement.unit_name, 11)
  field(doc, text.credit_code, statement.credit_code)
  field(doc, text.period, fillText(text.period_value, statement.period))
  field(doc, text.issued_at, chinaDateTime(statement.issued_at))
  field(doc, text.code, groupStatementCode(statement.code), 12)
  field(doc, text.paid_total, formatYuan(statement.paid_total))
  field(doc, text.refunded_total, formatYuan(statement.refunded_total))
  field(doc, text.total, formatYuan(statement.total), 13)
  if (Number(statement.total) > 0) {
    field(doc, "", `${text.capitals_prefix}${yuanInCapitals(statement.total)}`)
  }
  doc
    .fontSize(8)
    .fillColor("#444")
    .text(fillText(text.verify, { url: verifyUrl }), MARGIN + 8, doc.y, {
      width: WIDTH - 16,
    })
  doc
    .rect(MARGIN, top, WIDTH, Math.max(doc.y, top + 110) - top + 6)
    .lineWidth(0.8)
    .stroke("#333")
  doc.y = Math.max(doc.y, top + 110) + 20
  doc.fillColor("#000")

  if (!statement.orders.length) doc.fontSize(11).text(text.none, MARGIN, doc.y).moveDown()
  const sum = (amount: string) => ({ index: "", name: text.sum, amount: plain(amount) })
  heading(doc, text.towns)
  drawTable(doc, columns(text.town_columns, [40, 300]), [
    ...statement.towns.map((t, i) => ({
      index: String(i + 1),
      name: t.name,
      amount: plain(t.amount),
    })),
    sum(statement.total),
  ])
  heading(doc, text.partners)
  drawTable(doc, columns(text.partner_columns, [40, 300]), [
    ...statement.partners.map((p, i) => ({
      index: String(i + 1),
      name: p.name,
      amount: plain(p.amount),
    })),
    sum(statement.total),
  ])
  heading(doc, text.orders)
  drawTable(doc, columns(text.order_columns, [40, 80, 105]), [
    ...statement.orders.map((o, i) => ({
      index: String(i + 1),
      date: o.date,
      order: o.display_id === null ? o.order_id : `#${o.display_id}`,
      paid: plain(o.paid),
      refunded: plain(o.refunded),
      net: plain(o.net),
    })),
    {
      index: "",
      date: text.sum,
      order: "",
      paid: plain(statement.paid_total),
      refunded: plain(statement.refunded_total),
      net: plain(statement.total),
    },
  ])
  heading(doc, text.notes_title)
  text.notes.forEach((note, i) =>
    doc
      .fontSize(9)
      .fillColor("#333")
      .text(`${i + 1}. ${note}`, MARGIN, doc.y, { width: WIDTH })
  )
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const footer = `${text.issuer}  ${text.code} ${groupStatementCode(statement.code)}  ${fillText(
      text.page,
      { page: i + 1, pages: count }
    )}`
    doc
      .fontSize(8)
      .fillColor("#666")
      .text(footer, MARGIN, doc.page.height - MARGIN - 12, {
        width: WIDTH,
        align: "center",
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}
