import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import { yuanString } from "../../../shared/money"
import { type LedgerEntry, LEDGER_ENTRY_FIELDS } from "../attribution"
import AidEntry from "../models/entry"
import { OrderPaymentRepository } from "./order-payment"

const ENTRY_COLUMNS = LEDGER_ENTRY_FIELDS.join(", ")

/** An `aid_entry` row as Postgres returns the columns above (numerics as text, bigints as strings). */
type EntryRow = Omit<LedgerEntry, "quantity" | "amount" | "occurred_at" | "order_display_id"> & {
  quantity: number | string
  amount: string
  occurred_at: Date | string
  order_display_id: number | null
}

const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")

const toLedgerEntry = (row: EntryRow): LedgerEntry => ({
  entry_key: row.entry_key,
  kind: row.kind,
  source_id: row.source_id,
  order_id: row.order_id,
  order_display_id: row.order_display_id ?? null,
  line_item_id: row.line_item_id,
  product_id: row.product_id,
  variant_id: row.variant_id,
  product_title: row.product_title,
  variant_title: row.variant_title,
  partner_id: row.partner_id,
  town_id: row.town_id,
  quantity: Number(row.quantity),
  amount: yuanString(row.amount),
  currency_code: row.currency_code,
  buyer_kind: row.buyer_kind,
  unit_id: row.unit_id,
  customer_id: row.customer_id,
  occurred_at: new Date(row.occurred_at),
})

/**
 * The ledger's hand-written SQL on its entries: the per-order lock that
 * serialises writes, which orders a sync has something to record for,
 * reading an order's entries in the order they happened,
 * sums per order, and the hard delete only compensation uses (the ledger
 * itself is append-only).
 */
export class AidEntryRepository extends mikroOrmBaseRepositoryFactory(AidEntry) {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /** Serialises the ledger's writes for one order until the transaction ends. */
  async lockOrder(orderId: string, context: Context = {}): Promise<void> {
    await this.sql(context).execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`aid:${orderId}`])
  }

  /**
   * The orders among `orderIds` the ledger has something to do for: those it
   * holds entries of, and those paid (the rule: order-payment.ts). An unpaid
   * order without entries writes nothing (attribution/index.ts), so a sync can
   * leave it out. Unknown ids are left out.
   */
  async ordersToRecord(orderIds: string[], context: Context = {}): Promise<string[]> {
    if (!orderIds.length) return []
    const rows = await this.sql(context).execute<{ id: string }[]>(
      `SELECT o.id FROM "order" o
        WHERE o.id IN (${placeholders(orderIds)})
          AND (EXISTS (SELECT 1 FROM aid_entry e WHERE e.order_id = o.id AND e.deleted_at IS NULL)
               OR ${OrderPaymentRepository.paidAtSql("o")} IS NOT NULL)`,
      orderIds
    )
    return rows.map((row) => row.id)
  }

  /** The order's entries, oldest first. */
  async orderEntries(orderId: string, context: Context = {}): Promise<LedgerEntry[]> {
    const rows = await this.sql(context).execute<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM aid_entry
        WHERE order_id = ? AND deleted_at IS NULL ORDER BY occurred_at, created_at`,
      [orderId]
    )
    return rows.map(toLedgerEntry)
  }

  /** The entries with these ids (unknown ids are left out). */
  async entriesByIds(ids: string[], context: Context = {}): Promise<LedgerEntry[]> {
    if (!ids.length) return []
    const rows = await this.sql(context).execute<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM aid_entry WHERE id IN (${placeholders(ids)}) AND deleted_at IS NULL`,
      ids
    )
    return rows.map(toLedgerEntry)
  }

  /** Removes entries for good: only to undo a write of a workflow that failed later on. */
  async removeForCompensation(ids: string[], context: Context = {}): Promise<void> {
    if (!ids.length) return
    await this.sql(context).execute(`DELETE FROM aid_entry WHERE id IN (${placeholders(ids)})`, ids)
  }

  /** Net ledger amount per order (decimal yuan); orders without entries are left out. */
  async netByOrder(orderIds: string[], context: Context = {}): Promise<Map<string, string>> {
    if (!orderIds.length) return new Map()
    const rows = await this.sql(context).execute<{ order_id: string; amount: string }[]>(
      `SELECT order_id, sum(amount)::text AS amount FROM aid_entry
        WHERE order_id IN (${placeholders(orderIds)}) AND deleted_at IS NULL GROUP BY order_id`,
      orderIds
    )
    return new Map(rows.map((row) => [row.order_id, yuanString(row.amount)]))
  }

  /** Orders the ledger knows after `after` (by id), a page at a time. */
  async ledgerOrderIds(after: string | null, limit: number, context: Context = {}) {
    const rows = await this.sql(context).execute<{ order_id: string }[]>(
      `SELECT DISTINCT order_id FROM aid_entry WHERE deleted_at IS NULL AND order_id > ?
        ORDER BY order_id LIMIT ?`,
      [after ?? "", limit]
    )
    return rows.map((row) => row.order_id)
  }
}
