import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { createHash } from "crypto"
import AidEntry from "./models/entry"
import AidDailyTotal, { type TotalLevel } from "./models/daily-total"
import AidTownTarget from "./models/town-target"
import AidReconciliation from "./models/reconciliation"
import { type OrderPaymentRepository } from "./repositories/order-payment"
import {
  chinaDay,
  formatYuan,
  type LedgerEntry,
  money,
  type OrderFacts,
  planEntries,
} from "./attribution"

export type SummaryGroup = "town" | "partner" | "month" | "buyer_kind"

export type SummaryFilters = {
  group_by: SummaryGroup
  /** inclusive China-time days, YYYY-MM-DD */
  from?: string
  to?: string
  buyer_kind?: "consumer" | "unit"
  town_id?: string
  partner_id?: string
}

export type SummaryFigures = { amount: string; quantity: number; orders: number }
export type SummaryRowFigures = SummaryFigures & { key: string }

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

const ENTRY_COLUMNS = [
  "entry_key",
  "kind",
  "source_id",
  "order_id",
  "order_display_id",
  "line_item_id",
  "product_id",
  "variant_id",
  "product_title",
  "variant_title",
  "partner_id",
  "town_id",
  "quantity",
  "amount",
  "currency_code",
  "buyer_kind",
  "unit_id",
  "customer_id",
  "occurred_at",
] as const

/**
 * The aid ledger: append-only entries, their daily totals and the towns'
 * yearly targets. Writes go through `recordOrder`, which is idempotent: it
 * serialises on the order, replays what the ledger holds and appends only
 * the entries that are missing, with their daily totals, in one transaction.
 */
class AidModuleService extends MedusaService({
  AidEntry,
  AidDailyTotal,
  AidTownTarget,
  AidReconciliation,
}) {
  protected readonly orderPaymentRepository_: OrderPaymentRepository

  constructor(container: { orderPaymentRepository: OrderPaymentRepository }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.orderPaymentRepository_ = container.orderPaymentRepository
  }

  /** When each order became paid, null while unpaid (the rule: repositories/order-payment.ts). */
  @InjectManager()
  async paidAt(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Date | null>> {
    return this.orderPaymentRepository_.paidAt(orderIds, sharedContext)
  }

  /** Orders placed, not canceled and not paid yet, oldest first. */
  @InjectManager()
  async unpaidOrderIds(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.orderPaymentRepository_.unpaidOrderIds(sharedContext)
  }

  @InjectTransactionManager()
  async recordOrder(
    facts: OrderFacts,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; entry_key: string }[]> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`aid:${facts.order_id}`])
    const existing = await this.orderEntries(manager, facts.order_id)
    const planned = planEntries(facts, existing)
    if (!planned.length) {
      return []
    }
    const created: any[] = await this.createAidEntries(
      planned.map((entry) => ({ ...entry, day: chinaDay(entry.occurred_at) })) as any[],
      sharedContext
    )
    await this.addToDailyTotals(manager, planned, [...existing, ...planned], 1)
    return created.map((entry: any) => ({ id: entry.id, entry_key: entry.entry_key }))
  }

  /**
   * Undoes a `recordOrder` inside a workflow that failed later on. Only
   * compensation uses it: the ledger itself is never edited.
   */
  @InjectTransactionManager()
  async removeRecordedEntries(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `SELECT ${ENTRY_COLUMNS.join(", ")} FROM aid_entry WHERE id IN (${placeholders(ids)}) AND deleted_at IS NULL`,
      ids
    )
    for (const orderId of [...new Set(rows.map((row: any) => row.order_id as string))]) {
      await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`aid:${orderId}`])
      const all = await this.orderEntries(manager, orderId)
      const removed = rows.filter((row: any) => row.order_id === orderId).map(toLedgerEntry)
      await this.addToDailyTotals(manager, removed, all, -1)
    }
    await manager.execute(`DELETE FROM aid_entry WHERE id IN (${placeholders(ids)})`, ids)
  }

  /** Appends a correction entry (e.g. an amount entered by the support team). */
  @InjectTransactionManager()
  async recordCorrection(
    entry: Omit<LedgerEntry, "kind" | "entry_key"> & { reason: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`aid:${entry.order_id}`])
    const { reason } = entry
    const row: LedgerEntry = {
      ...(Object.fromEntries(
        ENTRY_COLUMNS.map((column) => [column, (entry as any)[column] ?? null])
      ) as LedgerEntry),
      occurred_at: new Date(entry.occurred_at),
      quantity: entry.quantity ?? 0,
      kind: "correction",
      entry_key: `correction:${entry.source_id}:${entry.line_item_id}`,
      amount: formatYuan(entry.amount),
    }
    if (!reason.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A correction needs a reason")
    }
    const [created]: any[] = await this.createAidEntries(
      [{ ...row, day: chinaDay(row.occurred_at) }] as any[],
      sharedContext
    )
    const all = await this.orderEntries(manager, entry.order_id)
    await this.addToDailyTotals(manager, [row], all, 1)
    return created
  }

  /** Net ledger amount per order. */
  @InjectManager()
  async netByOrder(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, string>> {
    const manager = sharedContext.manager as Manager
    if (!orderIds.length) return new Map()
    const rows = await manager.execute(
      `SELECT order_id, sum(amount)::text AS amount FROM aid_entry
        WHERE order_id IN (${placeholders(orderIds)}) AND deleted_at IS NULL GROUP BY order_id`,
      orderIds
    )
    return new Map(rows.map((row: any) => [row.order_id, formatYuan(row.amount)]))
  }

  /** Orders the ledger knows, oldest first, a page at a time. */
  @InjectManager()
  async ledgerOrderIds(
    after: string | null,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute(
      `SELECT DISTINCT order_id FROM aid_entry WHERE deleted_at IS NULL AND order_id > ?
        ORDER BY order_id LIMIT ?`,
      [after ?? "", limit]
    )
    return rows.map((row: any) => row.order_id)
  }

  /**
   * Sums of the daily totals. Rows are grouped by `group_by`; `total` sums
   * the same filters without grouping, with orders counted once.
   */
  @InjectManager()
  async summarize(
    filters: SummaryFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: SummaryRowFigures[]; total: SummaryFigures }> {
    const manager = sharedContext.manager as Manager
    const totalLevel: TotalLevel = filters.partner_id ? "partner" : filters.town_id ? "town" : "all"
    const groupLevel: TotalLevel =
      filters.group_by === "partner"
        ? "partner"
        : filters.group_by === "town" && totalLevel === "all"
          ? "town"
          : totalLevel
    const keyExpr = {
      town: "town_id",
      partner: "partner_id",
      month: "substr(day, 1, 7)",
      buyer_kind: "buyer_kind",
    }[filters.group_by]

    const where: string[] = ["deleted_at IS NULL", "level = ?"]
    const params: unknown[] = []
    if (filters.from) {
      where.push("day >= ?")
      params.push(filters.from)
    }
    if (filters.to) {
      where.push("day <= ?")
      params.push(filters.to)
    }
    if (filters.buyer_kind) {
      where.push("buyer_kind = ?")
      params.push(filters.buyer_kind)
    }
    if (filters.town_id) {
      where.push("town_id = ?")
      params.push(filters.town_id)
    }
    if (filters.partner_id) {
      where.push("partner_id = ?")
      params.push(filters.partner_id)
    }
    const figures =
      "coalesce(sum(amount), 0)::text AS amount, coalesce(sum(quantity), 0)::bigint AS quantity, coalesce(sum(orders), 0)::bigint AS orders"
    const [rows, totals] = await Promise.all([
      manager.execute(
        `SELECT ${keyExpr} AS key, ${figures} FROM aid_daily_total WHERE ${where.join(" AND ")}
          GROUP BY 1 ORDER BY 1`,
        [groupLevel, ...params]
      ),
      manager.execute(`SELECT ${figures} FROM aid_daily_total WHERE ${where.join(" AND ")}`, [
        totalLevel,
        ...params,
      ]),
    ])
    return {
      rows: rows.map((row: any) => ({
        key: row.key,
        amount: formatYuan(row.amount),
        quantity: Number(row.quantity),
        orders: Number(row.orders),
      })),
      total: {
        amount: formatYuan(totals[0]?.amount ?? 0),
        quantity: Number(totals[0]?.quantity ?? 0),
        orders: Number(totals[0]?.orders ?? 0),
      },
    }
  }

  /** Net amount per town and the partners that received any, for the public counter. */
  @InjectManager()
  async impact(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    const [towns, partners, all] = await Promise.all([
      manager.execute(
        `SELECT town_id, sum(amount)::text AS amount, sum(orders)::bigint AS orders FROM aid_daily_total
          WHERE deleted_at IS NULL AND level = 'town' GROUP BY town_id`
      ),
      manager.execute(
        `SELECT partner_id FROM aid_daily_total WHERE deleted_at IS NULL AND level = 'partner'
          AND partner_id <> '' GROUP BY partner_id HAVING sum(amount) > 0`
      ),
      manager.execute(
        `SELECT coalesce(sum(amount), 0)::text AS amount, coalesce(sum(orders), 0)::bigint AS orders
           FROM aid_daily_total WHERE deleted_at IS NULL AND level = 'all'`
      ),
    ])
    return {
      towns: towns.map((row: any) => ({
        town_id: row.town_id as string,
        amount: formatYuan(row.amount),
        orders: Number(row.orders),
      })),
      partner_ids: partners.map((row: any) => row.partner_id as string),
      total: formatYuan(all[0]?.amount ?? 0),
      orders: Number(all[0]?.orders ?? 0),
    }
  }

  /** Sets the targets of one year: one amount per town (0 or null removes it). */
  @InjectTransactionManager()
  async setTownTargets(
    year: number,
    targets: { town_id: string; amount: string | number | null }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const current = await this.listAidTownTargets(
      { year, town_id: targets.map((t) => t.town_id) },
      {},
      sharedContext
    )
    const byTown = new Map(current.map((t: any) => [t.town_id, t]))
    const toCreate: any[] = []
    const toUpdate: any[] = []
    const toDelete: string[] = []
    for (const target of targets) {
      const existing = byTown.get(target.town_id)
      const amount = target.amount === null ? null : money(target.amount)
      if (!amount || amount.isZero()) {
        if (existing) toDelete.push(existing.id)
      } else if (existing) {
        toUpdate.push({ id: existing.id, amount: formatYuan(amount) })
      } else {
        toCreate.push({ town_id: target.town_id, year, amount: formatYuan(amount) })
      }
    }
    if (toDelete.length) await this.deleteAidTownTargets(toDelete, sharedContext)
    if (toUpdate.length) await this.updateAidTownTargets(toUpdate, sharedContext)
    if (toCreate.length) await this.createAidTownTargets(toCreate, sharedContext)
    return { previous: current.map((t: any) => ({ town_id: t.town_id, amount: String(t.amount) })) }
  }

  /**
   * Recomputes every daily total from the entries (after a bulk load, or to
   * repair). Orders are counted the way `recordOrder` counts them.
   */
  @InjectTransactionManager()
  async rebuildDailyTotals(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("LOCK TABLE aid_daily_total IN EXCLUSIVE MODE")
    await manager.execute("DELETE FROM aid_daily_total")
    const levels: [TotalLevel, string, string][] = [
      ["all", "''", "''"],
      ["town", "coalesce(town_id, '')", "''"],
      ["partner", "coalesce(town_id, '')", "coalesce(partner_id, '')"],
    ]
    for (const [level, town, partner] of levels) {
      await manager.execute(
        `INSERT INTO aid_daily_total
           (id, day, level, town_id, partner_id, buyer_kind, amount, raw_amount, quantity, orders, created_at, updated_at)
         SELECT 'aiddt_' || md5(day || '|${level}|' || t || '|' || p || '|' || buyer_kind), day, '${level}', t, p, buyer_kind,
                sum(amount), jsonb_build_object('value', sum(amount)::text, 'precision', 20),
                sum(quantity),
                count(DISTINCT order_id) FILTER (WHERE kind = 'sale')
                  - count(DISTINCT order_id) FILTER (WHERE kind = 'cancellation'),
                now(), now()
           FROM (SELECT day, ${town} AS t, ${partner} AS p, buyer_kind::text AS buyer_kind, amount, quantity, kind, order_id
                   FROM aid_entry WHERE deleted_at IS NULL) e
          GROUP BY day, t, p, buyer_kind`
      )
    }
  }

  private async orderEntries(manager: Manager, orderId: string): Promise<LedgerEntry[]> {
    const rows = await manager.execute(
      `SELECT ${ENTRY_COLUMNS.join(", ")} FROM aid_entry
        WHERE order_id = ? AND deleted_at IS NULL ORDER BY occurred_at, created_at`,
      [orderId]
    )
    return rows.map(toLedgerEntry)
  }

  /**
   * Adds (sign 1) or removes (sign -1) entries from the daily totals. Orders
   * are counted on the sale (+1) and the cancellation (-1), once per level key
   * the order reached with its sale.
   */
  private async addToDailyTotals(
    manager: Manager,
    entries: LedgerEntry[],
    orderEntries: LedgerEntry[],
    sign: 1 | -1
  ) {
    type Delta = {
      day: string
      level: TotalLevel
      town: string
      partner: string
      kind: string
      amount: BigNumber
      quantity: number
      orders: number
    }
    const deltas = new Map<string, Delta>()
    const bump = (entry: LedgerEntry, withFigures: boolean) => {
      const day = chinaDay(entry.occurred_at)
      const town = entry.town_id ?? ""
      const partner = entry.partner_id ?? ""
      const keys: [TotalLevel, string, string][] = [
        ["all", "", ""],
        ["town", town, ""],
        ["partner", town, partner],
      ]
      for (const [level, t, p] of keys) {
        const key = [day, level, t, p, entry.buyer_kind].join("|")
        const delta = deltas.get(key) ?? {
          day,
          level,
          town: t,
          partner: p,
          kind: entry.buyer_kind,
          amount: new BigNumber(0),
          quantity: 0,
          orders: 0,
        }
        if (withFigures) {
          delta.amount = delta.amount.plus(money(entry.amount).times(sign))
          delta.quantity += entry.quantity * sign
        }
        deltas.set(key, delta)
      }
    }
    for (const entry of entries) bump(entry, true)

    // orders: once per level key of the order's sale, on the sale's or the
    // cancellation's day
    const saleEntries = orderEntries.filter((e) => e.kind === "sale")
    for (const kind of ["sale", "cancellation"] as const) {
      const fact = entries.find((e) => e.kind === kind)
      if (!fact) continue
      const counted = new Set<string>()
      for (const sale of saleEntries) {
        const day = chinaDay(fact.occurred_at)
        const town = sale.town_id ?? ""
        const partner = sale.partner_id ?? ""
        for (const [level, t, p] of [
          ["all", "", ""],
          ["town", town, ""],
          ["partner", town, partner],
        ] as [TotalLevel, string, string][]) {
          const key = [day, level, t, p, sale.buyer_kind].join("|")
          if (counted.has(key)) continue
          counted.add(key)
          const delta = deltas.get(key) ?? {
            day,
            level,
            town: t,
            partner: p,
            kind: sale.buyer_kind,
            amount: new BigNumber(0),
            quantity: 0,
            orders: 0,
          }
          delta.orders += (kind === "sale" ? 1 : -1) * sign
          deltas.set(key, delta)
        }
      }
    }

    for (const [key, delta] of deltas) {
      await manager.execute(
        `INSERT INTO aid_daily_total
           (id, day, level, town_id, partner_id, buyer_kind, amount, raw_amount, quantity, orders, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?::numeric, jsonb_build_object('value', ?::text, 'precision', 20), ?, ?, now(), now())
         ON CONFLICT (day, level, town_id, partner_id, buyer_kind) WHERE deleted_at IS NULL DO UPDATE SET
           amount = aid_daily_total.amount + excluded.amount,
           raw_amount = jsonb_build_object('value', (aid_daily_total.amount + excluded.amount)::text, 'precision', 20),
           quantity = aid_daily_total.quantity + excluded.quantity,
           orders = aid_daily_total.orders + excluded.orders,
           updated_at = now()`,
        [
          `aiddt_${hashKey(key)}`,
          delta.day,
          delta.level,
          delta.town,
          delta.partner,
          delta.kind,
          delta.amount.toFixed(),
          delta.amount.toFixed(),
          delta.quantity,
          delta.orders,
        ]
      )
    }
  }
}

function placeholders(values: unknown[]): string {
  return values.map(() => "?").join(", ")
}

function toLedgerEntry(row: any): LedgerEntry {
  return {
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
    amount: formatYuan(row.amount),
    currency_code: row.currency_code,
    buyer_kind: row.buyer_kind,
    unit_id: row.unit_id,
    customer_id: row.customer_id,
    occurred_at: new Date(row.occurred_at),
  }
}

/** The id of a daily-total row: the same for the same key, here and in the rebuild. */
function hashKey(key: string): string {
  return createHash("md5").update(key).digest("hex")
}

export default AidModuleService
