import { MikroOrmBase } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** One aid-ledger entry of a unit, as a statement reads it (amount as Postgres writes it). */
export type UnitLedgerRow = {
  id: string
  order_id: string
  order_display_id: number | null
  kind: string
  town_id: string | null
  partner_id: string | null
  amount: string
  day: string
}

const OF_UNIT = `buyer_kind = 'unit' AND unit_id = ? AND day BETWEEN ? AND ? AND deleted_at IS NULL`

/**
 * The aid ledger's entries of one unit over a period of China days, read
 * straight from the aid module's `aid_entry` table (read only; the ledger
 * stays the one source of the figures), and their fingerprint: SHA-256 of
 * "id:amount" of every row, in id order (byte order), joined by commas.
 * `statement/build.ts` computes the same string from the rows it prints.
 */
export class UnitLedgerRepository extends MikroOrmBase {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  async rows(unitId: string, from: string, to: string, context: Context = {}) {
    const rows = await this.sql(context).execute<
      (Omit<UnitLedgerRow, "order_display_id"> & { order_display_id: number | string | null })[]
    >(
      `SELECT id, order_id, order_display_id, kind, town_id, partner_id, amount::text AS amount, day
         FROM aid_entry WHERE ${OF_UNIT} ORDER BY day, occurred_at, id COLLATE "C"`,
      [unitId, from, to]
    )
    return rows.map((row): UnitLedgerRow => ({
      ...row,
      order_display_id: row.order_display_id === null ? null : Number(row.order_display_id),
    }))
  }

  async fingerprint(unitId: string, from: string, to: string, context: Context = {}) {
    const [row] = await this.sql(context).execute<{ fingerprint: string; count: string }[]>(
      `SELECT encode(sha256(convert_to(coalesce(
                string_agg(id || ':' || amount::text, ',' ORDER BY id COLLATE "C"), ''), 'UTF8')), 'hex')
              AS fingerprint, count(*)::text AS count
         FROM aid_entry WHERE ${OF_UNIT}`,
      [unitId, from, to]
    )
    return { fingerprint: row.fingerprint, count: Number(row.count) }
  }
}
