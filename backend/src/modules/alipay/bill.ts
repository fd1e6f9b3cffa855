import iconv from "iconv-lite"
import { loadJsZip } from "../../utils/heavy-libraries"
import { yuanToFen } from "../../shared/money"
import type { ProviderBillRow } from "../../shared/payment-bill"
import type { AlipayClient } from "./client"
import { instantOfChinaTime } from "./trade"

/** Columns of Alipay's 业务明细 the reconciliation reads. */
const COLUMNS = {
  tradeNo: "支付宝交易号",
  outTradeNo: "商户订单号",
  kind: "业务类型",
  finishedAt: "完成时间",
  amount: "订单金额（元）",
  refundNo: "退款批次号/请求号",
} as const

/** One CSV line split into trimmed cells (Alipay pads cells with tabs; quoted cells may hold commas). */
function cells(line: string): string[] {
  const out: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      out.push(cell.trim())
      cell = ""
    } else cell += c
  }
  out.push(cell.trim())
  return out
}

/**
 * Alipay's 业务明细 CSV (already decoded from GBK) → bill rows: `#` lines are
 * comments (title, account, period, totals), the first other line is the
 * header. 交易 rows are payments, 退款 rows refunds (negative amounts, with
 * the refund's out_request_no).
 */
export function parseAlipayTradeBill(text: string): ProviderBillRow[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\uFEFF/, ""))
    .filter((l) => l.trim() && !l.startsWith("#"))
  if (!lines.length) return []
  const header = cells(lines[0])
  const at = (name: string) => {
    const index = header.indexOf(name)
    if (index < 0) throw new Error(`Alipay bill: column ${name} missing`)
    return index
  }
  const col = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, name]) => [k, at(name)])
  ) as Record<keyof typeof COLUMNS, number>
  return lines.slice(1).map((line) => {
    const row = cells(line)
    const refund = row[col.kind] === "退款"
    const fen = yuanToFen(row[col.amount])
    if (fen === null) throw new Error(`Alipay bill: no amount in line ${line}`)
    return {
      provider: "alipay",
      kind: refund ? "refund" : "payment",
      out_trade_no: row[col.outTradeNo],
      out_refund_no: refund ? row[col.refundNo] || null : null,
      transaction_id: row[col.tradeNo],
      amount_fen: Math.abs(fen),
      occurred_at: instantOfChinaTime(row[col.finishedAt]),
    }
  })
}

/** The trade bill zip: its 业务明细 file (not the 汇总 one), decoded from GBK and parsed. */
export async function parseAlipayBillZip(zip: Buffer): Promise<ProviderBillRow[]> {
  const archive = await (await loadJsZip()).loadAsync(zip)
  const detail = Object.values(archive.files).find(
    (f) => !f.dir && f.name.endsWith(".csv") && !f.name.includes("汇总")
  )
  if (!detail) throw new Error("Alipay bill: the zip holds no 业务明细 CSV")
  return parseAlipayTradeBill(iconv.decode(await detail.async("nodebuffer"), "gbk"))
}

/** The bill of one China day: its download address from Alipay, then the zip from there. */
export async function fetchAlipayBill(
  client: AlipayClient,
  billDate: string
): Promise<ProviderBillRow[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(billDate)) throw new Error(`Not a bill date: ${billDate}`)
  const url = await client.billDownloadUrl(billDate)
  if (!url) return []
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Alipay bill download: HTTP ${response.status}`)
  return parseAlipayBillZip(Buffer.from(await response.arrayBuffer()))
}
