import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import { yuanString } from "../../../shared/money"
import type { AidGroupBy } from "../../../types/http/aid"
import type { DailyTotalDelta } from "../daily-totals"
import AidDailyTotal, { type TotalLevel } from "../models/daily-total"

export type SummaryFilters = {
  group_by: AidGroupBy
  /** inclusive China-time days, YYYY-MM-DD */
  from?: string
  to?: string
  buyer_kind?: "consumer" | "unit"
  town_id?: string
  partner_id?: string
  unit_id?: string
}

export type SummaryFigures = { amount: string; quantity: number; orders: number }
export type SummaryRowFigures = SummaryFigures & { key: string }

export type Impact = {
  towns: { town_id: string; amount: string; orders: number }[]
  partner_ids: string[]
  total: string
  orders: number
}

/** Sums as Postgres returns them: numerics as text, bigints as strings. */
type FiguresRow = { amount: string; quantity: string; orders: string }

const FIGURES =
  "coalesce(sum(amount), 0)::text AS amount, coalesce(sum(quantity), 0)::bigint AS quantity, coalesce(sum(orders), 0)::bigint AS orders"

const GROUP_KEY: Record<AidGroupBy, string> = {
  town: "town_id",
  partner: "partner_id",
  month: "substr(day, 1, 7)",
  buyer_kind: "buyer_kind",
  unit: "unit_id",
}

/** The rebuild's levels: the town and partner keys of each, as SQL over `aid_entry`. */
/** Each level's town and partner keys, of the entry aliased `a`. */
const REBUILD_LEVELS: [TotalLevel, (a: string) => string, (a: string) => string][] = [
  ["all", () => "''", () => "''"],
  ["town", (a) => `coalesce(${a}.town_id, '')`, () => "''"],
  ["partner", (a) => `coalesce(${a}.town_id, '')`, (a) => `coalesce(${a}.partner_id, '')`],
]

const figures = (row: FiguresRow | undefined): SummaryFigures => ({
  amount: yuanString(row?.amount ?? 0),
  quantity: Number(row?.quantity ?? 0),
  orders: Number(row?.orders ?? 0),
})

/**
 * The ledger's daily totals in SQL: summing them for the reports and the
 * public counter, adding a write's deltas (an upsert per row, in the write's
 * transaction) and rebuilding them all from the entries.
 */
export class AidDailyTotalRepository extends mikroOrmBaseRepositoryFactory(AidDailyTotal) {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /**
   * Sums of the daily totals. Rows are grouped by `group_by`; `total` sums
   * the same filters without grouping, with orders counted once.
   */
  async summarize(
    filters: SummaryFilters,
    context: Context = {}
  ): Promise<{ rows: SummaryRowFigures[]; total: SummaryFigures }> {
    const totalLevel: TotalLevel = filters.partner_id ? "partner" : filters.town_id ? "town" : "all"
    const groupLevel: TotalLevel =
      filters.group_by === "partner"
        ? "partner"
        : filters.group_by === "town" && totalLevel === "all"
          ? "town"
          : totalLevel
    const where: string[] = ["deleted_at IS NULL", "level = ?"]
    const params: unknown[] = []
    const conditions: [string, string | undefined][] = [
      ["day >= ?", filters.from],
      ["day <= ?", filters.to],
      ["buyer_kind = ?", filters.buyer_kind],
      ["town_id = ?", filters.town_id],
      ["partner_id = ?", filters.partner_id],
      ["unit_id = ?", filters.unit_id],
    ]
    for (const [condition, value] of conditions) {
      if (!value) continue
      where.push(condition)
      params.push(value)
    }
    const manager = this.sql(context)
    const [rows, totals] = await Promise.all([
      manager.execute<(FiguresRow & { key: string })[]>(
        `SELECT ${GROUP_KEY[filters.group_by]} AS key, ${FIGURES} FROM aid_daily_total
          WHERE ${where.join(" AND ")} GROUP BY 1 ORDER BY 1`,
        [groupLevel, ...params]
      ),
      manager.execute<FiguresRow[]>(
        `SELECT ${FIGURES} FROM aid_daily_total WHERE ${where.join(" AND ")}`,
        [totalLevel, ...params]
      ),
    ])
    return {
      rows: rows.map((row) => ({ key: row.key, ...figures(row) })),
      total: figures(totals[0]),
    }
  }

  /** Net amount per town and the partners that received any, for the public counter. */
  async impact(context: Context = {}): Promise<Impact> {
    const manager = this.sql(context)
    const [towns, partners, all] = await Promise.all([
      manager.execute<{ town_id: string; amount: string; orders: string }[]>(
        `SELECT town_id, sum(amount)::text AS amount, sum(orders)::bigint AS orders FROM aid_daily_total
          WHERE deleted_at IS NULL AND level = 'town' GROUP BY town_id`
      ),
      manager.execute<{ partner_id: string }[]>(
        `SELECT partner_id FROM aid_daily_total WHERE deleted_at IS NULL AND level = 'partner'
          AND partner_id <> '' GROUP BY partner_id HAVING sum(amount) > 0`
      ),
      manager.execute<{ amount: string; orders: string }[]>(
        `SELECT coalesce(sum(amount), 0)::text AS amount, coalesce(sum(orders), 0)::bigint AS orders
           FROM aid_daily_total WHERE deleted_at IS NULL AND level = 'all'`
      ),
    ])
    return {
      towns: towns.map((row) => ({
        town_id: row.town_id,
        amount: yuanString(row.amount),
        orders: Number(row.orders),
      })),
      partner_ids: partners.map((row) => row.partner_id),
      total: yuanString(all[0]?.amount ?? 0),
      orders: Number(all[0]?.orders ?? 0),
    }
  }

  /** Adds each delta to its row, creating the row when it is the first of its key. */
  async addDeltas(deltas: DailyTotalDelta[], context: Context = {}): Promise<void> {
    const manager = this.sql(context)
    for (const delta of deltas) {
      await manager.execute(
        `INSERT INTO aid_daily_total
           (id, day, level, town_id, partner_id, buyer_kind, unit_id, amount, raw_amount, quantity, orders, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?::numeric, jsonb_build_object('value', ?::text, 'precision', 20), ?, ?, now(), now())
         ON CONFLICT (day, level, town_id, partner_id, buyer_kind, unit_id) WHERE deleted_at IS NULL DO UPDATE SET
           amount = aid_daily_total.amount + excluded.amount,
           raw_amount = jsonb_build_object('value', (aid_daily_total.amount + excluded.amount)::text, 'precision', 20),
           quantity = aid_daily_total.quantity + excluded.quantity,
           orders = aid_daily_total.orders + excluded.orders,
           updated_at = now()`,
        [
          delta.id,
          delta.day,
          delta.level,
          delta.town,
          delta.partner,
          delta.kind,
          delta.unit,
          delta.amount.toFixed(),
          delta.amount.toFixed(),
          delta.quantity,
          delta.orders,
        ]
      )
    }
  }

  /**
   * Recomputes every daily total from the entries, under a table lock. Orders
   * are counted the way the deltas count them; row ids are the deltas' ids.
   */
  async rebuild(context: Context = {}): Promise<void> {
    const manager = this.sql(context)
    await manager.execute("LOCK TABLE aid_daily_total IN EXCLUSIVE MODE")
    await manager.execute("DELETE FROM aid_daily_total")
    for (const [level, town, partner] of REBUILD_LEVELS) {
      await manager.execute(
        `INSERT INTO aid_daily_total
           (id, day, level, town_id, partner_id, buyer_kind, unit_id, amount, raw_amount, quantity, orders, created_at, updated_at)
         SELECT 'aiddt_' || md5(day || '|${level}|' || t || '|' || p || '|' || buyer_kind || CASE WHEN u = '' THEN '' ELSE '|' || u END),
                day, '${level}', t, p, buyer_kind, u,
                sum(amount), jsonb_build_object('value', sum(amount)::text, 'precision', 20),
                sum(quantity),
                count(DISTINCT order_id) FILTER (WHERE kind = 'sale')
                  - count(DISTINCT order_id) FILTER (WHERE uncounts),
                now(), now()
           FROM (SELECT x.day, ${town("x")} AS t, ${partner("x")} AS p,
                        x.buyer_kind::text AS buyer_kind, coalesce(x.unit_id, '') AS u,
                        x.amount, x.quantity, x.kind, x.order_id,
                        -- a cancellation takes its order off where its sale counted it
                        -- (as the deltas do), not off a line an edit added later
                        x.kind = 'cancellation' AND EXISTS (
                          SELECT 1 FROM aid_entry s
                           WHERE s.order_id = x.order_id AND s.kind = 'sale' AND s.deleted_at IS NULL
                             AND ${town("s")} = ${town("x")} AND ${partner("s")} = ${partner("x")}
                        ) AS uncounts
                   FROM aid_entry x WHERE x.deleted_at IS NULL) e
          GROUP BY day, t, p, buyer_kind, u`
      )
    }
  }
}
