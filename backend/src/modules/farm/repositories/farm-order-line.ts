import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { FarmOrderLineStatus } from "../../../types/http/farm-sales"
import { OrderPaymentRepository } from "../../aid/repositories/order-payment"

/** Which lines of a farm's products to read. */
export type FarmOrderLineFilters = {
  /** the farm's products */
  product_ids: string[]
  /** "open": lines with units not yet fulfilled */
  status: FarmOrderLineStatus
  order_id?: string
  line_ids?: string[]
  /** also unpaid orders' lines (to refuse a shipment with a clear reason, never to list) */
  include_unpaid?: boolean
}

/** One order line as its order's current version holds it, with when the order was paid. */
export type FarmOrderLineRow = {
  line_id: string
  order_id: string
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  /** null while the order is unpaid */
  paid_at: Date | null
}

type Row = {
  line_id: string
  order_id: string
  quantity: string | number
  fulfilled_quantity: string | number
  shipped_quantity: string | number
  paid_at: Date | string | null
}

/**
 * The order lines of a farm's products, read from Medusa's order tables
 * (read only): orders not deleted, canceled or draft, each line as the
 * order's current version holds it, with the aid module's rule for "paid"
 * (OrderPaymentRepository). Medusa's query cannot filter orders by their
 * lines' products with that rule, so the ids and quantities come from here;
 * the orders themselves are read with query.graph.
 */
export class FarmOrderLineRepository extends MikroOrmBase {
  /** The matching lines, newest order first, one page of them, and how many match. */
  async listOrderLineRows(
    filters: FarmOrderLineFilters,
    page: { limit: number; offset: number },
    context: Context = {}
  ): Promise<{ rows: FarmOrderLineRow[]; count: number }> {
    if (!filters.product_ids.length) return { rows: [], count: 0 }
    const knex = this.getActiveManager<SqlEntityManager>(context).getKnex()
    const where = [
      `o.deleted_at is null`,
      `o.canceled_at is null`,
      `o.status not in ('canceled', 'draft')`,
      `o.is_draft_order = false`,
      `li.product_id = any(?)`,
    ]
    const args: Knex.Value[] = [filters.product_ids]
    const paidAt = OrderPaymentRepository.paidAtSql("o")
    if (!filters.include_unpaid) where.push(`${paidAt} is not null`)
    if (filters.status === "open") where.push(`oi.fulfilled_quantity < oi.quantity`)
    if (filters.order_id) {
      where.push(`o.id = ?`)
      args.push(filters.order_id)
    }
    if (filters.line_ids) {
      where.push(`li.id = any(?)`)
      args.push(filters.line_ids)
    }
    const from = `from "order" o
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
     where ${where.join(" and ")}`
    const counted = await knex.raw<{ rows: { count: number }[] }>(
      `select count(*)::int as count ${from}`,
      args
    )
    const listed = await knex.raw<{ rows: Row[] }>(
      `select li.id as line_id, o.id as order_id, oi.quantity, oi.fulfilled_quantity, oi.shipped_quantity, ${paidAt} as paid_at ${from} order by o.created_at desc, li.id limit ? offset ?`,
      [...args, page.limit, page.offset]
    )
    return {
      count: counted.rows[0]?.count ?? 0,
      rows: listed.rows.map((row) => ({
        line_id: row.line_id,
        order_id: row.order_id,
        quantity: Number(row.quantity),
        fulfilled_quantity: Number(row.fulfilled_quantity),
        shipped_quantity: Number(row.shipped_quantity),
        paid_at: row.paid_at ? new Date(row.paid_at) : null,
      })),
    }
  }
}
