import type { ProviderBillRow } from "../../shared/payment-bill"
import { yuanToFen } from "../../shared/money"

/**
 * WeChat Pay's trade bill (交易账单, bill_type=ALL) as the download gives it:
 * a header line, one line per payment or refund with every field written
 * after a backquote (`` `2026-11-30 10:00:00 ``) so that spreadsheets keep
 * numbers as text, then a summary title line (总交易单数,…) and its values.
 * Times are China time; amounts decimal yuan.
 */
const COLUMNS = {
  time: "交易时间",
  transactionId: "微信订单号",
  outTradeNo: "商户订单号",
  state: "交易状态",
  settledAmount: "应结订单金额",
  refundId: "微信退款单号",
  outRefundNo: "商户退款单号",
  refundAmount: "退款金额",
} as const

const field = (raw: string | undefined) => (raw ?? "").trim().replace(/^`/, "").trim()

/** "2026-11-30 10:00:00" (China time) → "2026-11-30T10:00:00+08:00". */
function chinaTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value)
  if (!match) throw new Error(`WeChat Pay bill: bad time ${value}`)
  return `${match[1]}T${match[2]}+08:00`
}

function fen(value: string, what: string): number {
  const amount = yuanToFen(value)
  if (amount === null || !/^\d+(\.\d{1,2})?$/.test(value)) {
    throw new Error(`WeChat Pay bill: bad ${what} ${value}`)
  }
  return amount
}

/** Every payment and refund line of a trade bill (summary lines left out). */
export function parseTradeBill(csv: string): ProviderBillRow[] {
  const lines = csv
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim())
  const header = (lines.shift() ?? "").split(",").map(field)
  const at = (name: string) => {
    const index = header.indexOf(name)
    if (index < 0) throw new Error(`WeChat Pay bill: no column ${name}`)
    return index
  }
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => [key, at(name)])
  ) as Record<keyof typeof COLUMNS, number>

  const rows: ProviderBillRow[] = []
  for (const line of lines) {
    // the summary: its title line, then its values; nothing after it is a trade
    if (field(line.split(",")[0]) === "总交易单数") break
    const cells = line.split(",").map(field)
    const state = cells[index.state]
    const common = {
      provider: "wechatpay" as const,
      out_trade_no: cells[index.outTradeNo],
      occurred_at: chinaTime(cells[index.time]),
    }
    if (state === "REFUND") {
      rows.push({
        ...common,
        kind: "refund",
        out_refund_no: cells[index.outRefundNo],
        transaction_id: cells[index.refundId],
        amount_fen: fen(cells[index.refundAmount], "refund amount"),
      })
    } else if (state === "SUCCESS") {
      rows.push({
        ...common,
        kind: "payment",
        out_refund_no: null,
        transaction_id: cells[index.transactionId],
        amount_fen: fen(cells[index.settledAmount], "amount"),
      })
    }
  }
  return rows
}
