import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { fenToYuan, parseFen } from "../../shared/money"
import { quoteStatusAt, quoteTotals } from "../../shared/quote"
import { toBulkView } from "./bulk/record"
import type { AdminQuote, Quote, QuoteLine, QuoteStatus } from "../../types/http/quote"

type QuoteRecord = Awaited<ReturnType<QuoteModuleService["listQuotes"]>>[number]

/** A line as the quote stores it (JSON): the view's line without its total. */
export type QuoteLineRecord = Omit<QuoteLine, "total">

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null
const yuan = (value: unknown) => fenToYuan(parseFen(String(value ?? 0)) ?? BigInt(0))

export function quoteLinesOf(record: { lines: unknown }): QuoteLineRecord[] {
  return (record.lines ?? []) as QuoteLineRecord[]
}

/** A quote as the unit's members and the support team read it (expired computed on read). */
export function toQuoteView(record: QuoteRecord, now: Date = new Date()): Quote {
  const lines = quoteLinesOf(record)
  const shipping = record.shipping === null ? null : yuan(record.shipping)
  const totals = quoteTotals(lines, shipping ?? yuan(record.list_shipping))
  return {
    id: record.id,
    display_id: record.display_id,
    unit_id: record.unit_id,
    status: quoteStatusAt(record.status, record.valid_until, now),
    message: record.message,
    lines: lines.map((l, i) => ({ ...l, total: fenToYuan(totals.lines[i]) })),
    recipient: record.recipient as Quote["recipient"],
    subtotal: fenToYuan(totals.subtotal),
    shipping,
    total: fenToYuan(totals.total),
    valid_until: iso(record.valid_until),
    delivery_from: record.delivery_from,
    delivery_to: record.delivery_to,
    terms: record.terms,
    requested_by: record.requested_by,
    requested_at: iso(record.created_at) as string,
    quoted_at: iso(record.quoted_at),
    decided_at: iso(record.decided_at),
    decline_reason: record.decline_reason,
    approval_id: record.approval_id,
    order_id: record.order_id,
    source: record.source ?? "cart",
    bulk: toBulkView(record),
  }
}

export type QuoteFilters = { unit_id?: string; status?: QuoteStatus; q?: string }

/** The stored filter of a status as read: quoted means not yet past valid_until, expired past it. */
function statusFilter(status: QuoteStatus | undefined, now: Date) {
  if (status === "quoted") return { status: "quoted", valid_until: { $gt: now } }
  if (status === "expired") {
    return { $or: [{ status: "expired" }, { status: "quoted", valid_until: { $lte: now } }] }
  }
  return status ? { status } : {}
}

/** A page of quotes, newest first. */
export async function listQuotes(
  container: MedusaContainer,
  filters: QuoteFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: Quote[]; count: number }> {
  const now = new Date()
  const where = {
    ...(filters.unit_id ? { unit_id: filters.unit_id } : {}),
    ...(filters.q ? { display_id: { $ilike: `%${filters.q}%` } } : {}),
    ...statusFilter(filters.status, now),
  }
  const [records, count] = await container
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuotes(where, {
      take: page.limit,
      skip: page.offset,
      order: { created_at: "DESC" },
    })
  return { rows: records.map((r) => toQuoteView(r, now)), count }
}

/** A stored quote (404 when missing, or another unit's when `unitId` is given). */
export async function quoteRecord(
  container: MedusaContainer,
  id: string,
  unitId?: string
): Promise<QuoteRecord> {
  const [record] = await container
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listQuotes({ id, ...(unitId ? { unit_id: unitId } : {}) }, { take: 1 })
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `询价单 ${id} 不存在`)
  return record
}

/** One of the unit's quotes (404 for another unit's). */
export async function retrieveQuote(
  container: MedusaContainer,
  unitId: string,
  id: string
): Promise<Quote> {
  return toQuoteView(await quoteRecord(container, id, unitId))
}

async function withUnitNames(container: MedusaContainer, rows: Quote[]): Promise<AdminQuote[]> {
  const ids = [...new Set(rows.map((r) => r.unit_id))]
  const units = ids.length
    ? await container
        .resolve<UnitModuleService>(UNIT_MODULE)
        .listUnits({ id: ids }, { select: ["id", "name"], take: null })
    : []
  const names = new Map(units.map((u) => [u.id, u.name]))
  return rows.map((r) => ({ ...r, unit_name: names.get(r.unit_id) ?? "" }))
}

/** The support team's page: every unit's quotes with the unit's name. */
export async function listQuotesForAdmin(
  container: MedusaContainer,
  filters: QuoteFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: AdminQuote[]; count: number }> {
  const { rows, count } = await listQuotes(container, filters, page)
  return { rows: await withUnitNames(container, rows), count }
}

/** One quote for the support team. */
export async function retrieveQuoteForAdmin(
  container: MedusaContainer,
  id: string
): Promise<AdminQuote> {
  const [quote] = await withUnitNames(container, [toQuoteView(await quoteRecord(container, id))])
  return quote
}
