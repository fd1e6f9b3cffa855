/**
 * A quote from a bulk-order file, as stored and read: the rows the server
 * checked and priced (the shop's prices then, the unit's 协议价 included),
 * grouped into quote lines (one per variant and price: product × quantity
 * totals) and into parcels (one per recipient, as the bulk order makes
 * them), and the rows again at the quoted prices when it is accepted.
 */
import { fenToYuan, parseFen } from "../../../shared/money"
import type { BulkRowResolved } from "../../../types/http/bulk-order"
import type { QuoteBulk, QuoteParcel } from "../../../types/http/quote"
import { keyOf } from "../../bulk-order/parcels"
import type { QuoteLineRecord } from "../read"

/** What a bulk-order quote keeps of its file (`quote.bulk`). */
export type BulkQuoteRecord = {
  rows: BulkRowResolved[]
  po_number: string | null
  note: string | null
}

const lineKey = (r: { variant_id: string; unit_price: string }) =>
  `${r.variant_id}\u0001${fenToYuan(parseFen(r.unit_price) ?? BigInt(0))}`

const titleOf = (r: BulkRowResolved) =>
  [r.product_title, r.variant_title].filter(Boolean).join(" · ")

/** The quote lines of checked rows: one per variant and list price, quantities summed. */
export function bulkQuoteLines(rows: BulkRowResolved[]): QuoteLineRecord[] {
  const lines = new Map<string, QuoteLineRecord>()
  const perVariant = new Map<string, number>()
  for (const row of rows) {
    const key = lineKey(row)
    const line = lines.get(key)
    if (line) {
      line.quantity += row.quantity
      continue
    }
    const n = perVariant.get(row.variant_id) ?? 0
    perVariant.set(row.variant_id, n + 1)
    lines.set(key, {
      id: `bulk_${row.variant_id}${n ? `_${n}` : ""}`,
      variant_id: row.variant_id,
      title: titleOf(row),
      quantity: row.quantity,
      list_price: fenToYuan(parseFen(row.unit_price) ?? BigInt(0)),
      quoted_price: null,
    })
  }
  return [...lines.values()]
}

/** The rows at the quoted prices of their lines (every line priced: a sent quote). */
export function rowsAtQuotedPrices(
  rows: BulkRowResolved[],
  lines: QuoteLineRecord[]
): BulkRowResolved[] {
  const prices = new Map(
    lines.map((l) => [lineKey({ variant_id: l.variant_id, unit_price: l.list_price }), l])
  )
  return rows.map((row) => {
    const line = prices.get(lineKey(row))
    if (!line?.quoted_price) throw new Error(`Quote line of row ${row.row} is not priced`)
    const fen = parseFen(line.quoted_price) ?? BigInt(0)
    return {
      ...row,
      unit_price: fenToYuan(fen),
      line_total: fenToYuan(fen * BigInt(row.quantity)),
    }
  })
}

const addressOf = (r: BulkRowResolved) => `${r.province}${r.city}${r.district}${r.address}`

/** The parcels of the rows, in the order their first row appears. */
export function bulkQuoteParcels(rows: BulkRowResolved[]): QuoteParcel[] {
  const parcels = new Map<string, QuoteParcel>()
  for (const row of rows) {
    const key = keyOf(row)
    const parcel = parcels.get(key) ?? {
      recipient: row.recipient,
      mobile: row.mobile,
      address: addressOf(row),
      items: [],
    }
    const item = parcel.items.find((i) => i.sku === row.sku)
    if (item) item.quantity += row.quantity
    else parcel.items.push({ sku: row.sku, title: titleOf(row), quantity: row.quantity })
    parcels.set(key, parcel)
  }
  return [...parcels.values()]
}

/** The quote's first recipient (the contract's `recipient`): the first parcel's. */
export function bulkQuoteRecipient(rows: BulkRowResolved[]) {
  const first = rows[0]
  return { name: first.recipient, phone: first.mobile, address: addressOf(first) }
}

/** What the unit and the support team read of a bulk-order quote (null for a cart's). */
export function toBulkView(record: {
  source?: string | null
  bulk?: unknown
  bulk_order_id?: string | null
}): QuoteBulk | null {
  if (record.source !== "bulk_order" || !record.bulk) return null
  const bulk = record.bulk as BulkQuoteRecord
  const parcels = bulkQuoteParcels(bulk.rows ?? [])
  return {
    recipients: parcels.length,
    parcels,
    po_number: bulk.po_number ?? null,
    note: bulk.note ?? null,
    bulk_order_id: record.bulk_order_id ?? null,
  }
}
