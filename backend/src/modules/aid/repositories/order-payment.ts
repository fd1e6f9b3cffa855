import { MikroOrmBase } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** A payment collection counts unless it was canceled (e.g. replaced after an edit). */
const LIVE_COLLECTION = `c.deleted_at is null and c.status <> 'canceled'`

/**
 * "Is this order paid, and since when": the one home of that rule, read
 * straight from Medusa's order and payment tables (read only).
 *
 * - A payment collection is settled at the capture that brings its captured
 *   amount (to the fen) up to its amount; one with nothing to collect is
 *   settled when it is created. A partial capture settles nothing.
 * - An order is paid from the first moment every live (not canceled) payment
 *   collection that existed then was settled, and never before it was placed.
 *   Collections created later (an edit after payment asking for a difference)
 *   do not make a paid order unpaid again: `paid_at` never moves.
 * - An order without any live payment collection is paid when placed if it
 *   has nothing to pay (Medusa completes such carts without a payment), and
 *   unpaid otherwise.
 * Refunds do not change when an order was paid; the ledger takes them back.
 */
export class OrderPaymentRepository extends MikroOrmBase {
  /**
   * A SQL expression (timestamptz, null while unpaid) for the order whose
   * row is aliased `order` in the surrounding query. Binds no parameters,
   * so it can be composed into queries that use `?` placeholders.
   */
  static paidAtSql(order: string): string {
    const settledAt = `case when round(c.amount, 2) <= 0 then c.created_at else (
        select min(x.at) from (
          select cap.created_at as at, sum(cap.amount) over (order by cap.created_at, cap.id) as captured
            from payment p
            join capture cap on cap.payment_id = p.id and cap.deleted_at is null
           where p.payment_collection_id = c.id and p.deleted_at is null
        ) x where round(x.captured, 2) >= round(c.amount, 2)
      ) end`
    // settled: when every collection created up to this one was settled;
    // it counts if no later collection existed by then
    const byCollections = `(
      select case when min(s.settled) is null then null else greatest(min(s.settled), ${order}.created_at) end
        from (
          select max(coalesce(pc.settled_at, 'infinity'::timestamptz)) over w as settled,
                 lead(pc.created_at) over w as next_created
            from (
              select c.id, c.created_at, ${settledAt} as settled_at
                from order_payment_collection opc
                join payment_collection c on c.id = opc.payment_collection_id and ${LIVE_COLLECTION}
               where opc.order_id = ${order}.id and opc.deleted_at is null
            ) pc
          window w as (order by pc.created_at, pc.id)
        ) s
       where s.settled < 'infinity'::timestamptz and (s.next_created is null or s.settled < s.next_created)
    )`
    const nothingToPay = `(
      select case when (sm.totals->>'current_order_total')::numeric <= 0 and not exists (
               select 1 from order_payment_collection opc
                 join payment_collection c on c.id = opc.payment_collection_id and ${LIVE_COLLECTION}
                where opc.order_id = ${order}.id and opc.deleted_at is null
             ) then ${order}.created_at end
        from order_summary sm
       where sm.order_id = ${order}.id and sm.deleted_at is null
       order by sm.version desc limit 1
    )`
    return `coalesce(${byCollections}, ${nothingToPay})`
  }

  /** When each order became paid (null while unpaid); unknown ids are left out. */
  async paidAt(orderIds: string[], context: Context = {}): Promise<Map<string, Date | null>> {
    if (!orderIds.length) return new Map()
    const manager = this.getActiveManager<SqlEntityManager>(context)
    const rows = await manager.execute<{ id: string; paid_at: Date | string | null }[]>(
      `select o.id, ${OrderPaymentRepository.paidAtSql("o")} as paid_at
         from "order" o where o.id in (${orderIds.map(() => "?").join(", ")})`,
      orderIds
    )
    return new Map(rows.map((row) => [row.id, row.paid_at ? new Date(row.paid_at) : null]))
  }

  /**
   * Orders placed and not canceled that are not paid yet, oldest first.
   * Only orders with an unsettled collection (or none) are looked at closely.
   */
  async unpaidOrderIds(context: Context = {}): Promise<string[]> {
    const manager = this.getActiveManager<SqlEntityManager>(context)
    const rows = await manager.execute<{ id: string }[]>(
      `select o.id from "order" o
        where o.deleted_at is null and o.canceled_at is null and o.is_draft_order = false
          and o.status not in ('canceled', 'draft')
          and (
            exists (select 1 from order_payment_collection opc
                      join payment_collection c on c.id = opc.payment_collection_id
                       and ${LIVE_COLLECTION} and c.status <> 'completed'
                     where opc.order_id = o.id and opc.deleted_at is null)
            or not exists (select 1 from order_payment_collection opc
                      join payment_collection c on c.id = opc.payment_collection_id and ${LIVE_COLLECTION}
                     where opc.order_id = o.id and opc.deleted_at is null)
          )
          and ${OrderPaymentRepository.paidAtSql("o")} is null
        order by o.created_at, o.id`
    )
    return rows.map((row) => row.id)
  }
}
