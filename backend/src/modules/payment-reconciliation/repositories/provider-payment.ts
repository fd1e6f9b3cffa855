import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { chinaDayStart } from "../../../shared/china-time"
import { yuanToFen } from "../../../shared/money"
import PaymentReconciliationRun from "../models/run"
import type { ShopBillRow } from "../compare"

/** Which provider, and where its payments keep the number sent to it. */
export type ProviderKeys = { provider_id: string; out_trade_no_key: string }

type RawRow = {
  payment_id: string
  out_trade_no: string | null
  amount: string
  order_id: string | null
  display_id: number | null
}

/** [start, end) of a China day, as instants. */
function chinaDayBounds(day: string): [string, string] {
  const start = chinaDayStart(day)
  return [start.toISOString(), new Date(start.getTime() + 24 * 3600 * 1000).toISOString()]
}

/**
 * Reads an online provider's captures and refunds from Medusa's payment
 * tables (the number sent to the provider lives in the payment's JSON `data`,
 * which the payment module's API cannot filter on), with the order they pay. Read-only.
 */
export class ProviderPaymentRepository extends mikroOrmBaseRepositoryFactory(
  PaymentReconciliationRun
) {
  protected knex(context: Context = {}): Knex {
    return this.getActiveManager<SqlEntityManager>(context).getKnex()
  }

  protected payments(knex: Knex, keys: ProviderKeys) {
    return knex("payment as p")
      .leftJoin("order_payment_collection as opc", function (this: Knex.JoinClause) {
        this.on("opc.payment_collection_id", "p.payment_collection_id").andOnNull("opc.deleted_at")
      })
      .leftJoin("order as o", "o.id", "opc.order_id")
      .where("p.provider_id", keys.provider_id)
      .whereNull("p.deleted_at")
  }

  protected toRows(rows: RawRow[], direction: ShopBillRow["direction"]): ShopBillRow[] {
    return rows
      .filter((r) => r.out_trade_no)
      .map((r) => ({
        direction,
        out_trade_no: r.out_trade_no as string,
        amount_fen: yuanToFen(r.amount) ?? 0,
        payment_id: r.payment_id,
        order_id: r.order_id,
        display_id: r.display_id === null ? null : Number(r.display_id),
      }))
  }

  /**
   * Captured payments: those captured on the China day, and those captured on
   * any day whose number is in `alsoNumbers` (a payment the provider took late
   * in the evening and the shop captured after midnight is the same payment).
   */
  async captures(
    keys: ProviderKeys,
    day: string,
    alsoNumbers: string[],
    context: Context = {}
  ): Promise<ShopBillRow[]> {
    const knex = this.knex(context)
    const [start, end] = chinaDayBounds(day)
    const rows: RawRow[] = await this.payments(knex, keys)
      .whereNotNull("p.captured_at")
      .where((q) => {
        q.where("p.captured_at", ">=", start).andWhere("p.captured_at", "<", end)
        if (alsoNumbers.length) {
          q.orWhereRaw("p.data->>? = any(?::text[])", [keys.out_trade_no_key, alsoNumbers])
        }
      })
      .select(
        "p.id as payment_id",
        knex.raw("p.data->>? as out_trade_no", [keys.out_trade_no_key]),
        knex.raw(
          "(select coalesce(sum(c.amount), 0) from capture c " +
            "where c.payment_id = p.id and c.deleted_at is null)::text as amount"
        ),
        "o.id as order_id",
        "o.display_id"
      )
    return this.toRows(rows, "payment")
  }

  /** Refunds made on the China day (by the time they were recorded in the shop). */
  async refunds(keys: ProviderKeys, day: string, context: Context = {}): Promise<ShopBillRow[]> {
    const knex = this.knex(context)
    const [start, end] = chinaDayBounds(day)
    const rows: RawRow[] = await this.payments(knex, keys)
      .join("refund as r", "r.payment_id", "p.id")
      .whereNull("r.deleted_at")
      .where("r.created_at", ">=", start)
      .andWhere("r.created_at", "<", end)
      .select(
        "p.id as payment_id",
        knex.raw("p.data->>? as out_trade_no", [keys.out_trade_no_key]),
        knex.raw("r.amount::text as amount"),
        "o.id as order_id",
        "o.display_id"
      )
    return this.toRows(rows, "refund")
  }
}
