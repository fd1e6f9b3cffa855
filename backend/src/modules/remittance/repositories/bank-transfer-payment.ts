import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { BANK_TRANSFER_PROVIDER_ID, type BankTransferFilter } from "../../../types/http/payments"
import type { BankTransferData } from "../../bank-transfer/service"
import RemittanceReceipt from "../models/receipt"

export type BankTransferFilters = {
  /** the exact reference code (normalised) */
  reference?: string
  /** part of a reference code, or an order number */
  q?: string
  order_id?: string
  payment_id?: string
  state?: BankTransferFilter
}

/** One bank-transfer payment with its order and what was received for it, as read from the database. */
export type BankTransferRow = {
  id: string
  amount: string
  currency_code: string
  /** the provider's data (reference, payee, deadline), as far as it was written */
  data: Partial<BankTransferData> | null
  created_at: Date
  captured_at: Date | null
  canceled_at: Date | null
  order_id: string | null
  display_id: number | null
  email: string | null
  order_status: string | null
  order_metadata: Record<string, unknown> | null
  customer_id: string | null
  recipient: string | null
  recipient_phone: string | null
  received: string | null
  receipt_count: number
}

/**
 * Reads the 对公转账 payments across Medusa's payment and order tables with
 * this module's receipts: the reference code and deadline live in the
 * payment's JSON `data`, which the modules' APIs cannot filter on. Read-only.
 */
export class BankTransferPaymentRepository extends mikroOrmBaseRepositoryFactory(
  RemittanceReceipt
) {
  protected knex(context: Context = {}): Knex {
    return this.getActiveManager<SqlEntityManager>(context).getKnex()
  }

  protected base(knex: Knex) {
    const received = knex("remittance_receipt")
      .select("payment_id")
      .sum({ received: "amount" })
      .count({ receipt_count: "id" })
      .whereNull("deleted_at")
      .groupBy("payment_id")
      .as("r")
    return knex("payment as p")
      .leftJoin("order_payment_collection as opc", function (this: Knex.JoinClause) {
        this.on("opc.payment_collection_id", "p.payment_collection_id").andOnNull("opc.deleted_at")
      })
      .leftJoin("order as o", "o.id", "opc.order_id")
      .leftJoin(received, "r.payment_id", "p.id")
      .where("p.provider_id", BANK_TRANSFER_PROVIDER_ID)
      .whereNull("p.deleted_at")
  }

  async listBankTransfers(
    filters: BankTransferFilters,
    page: { limit: number; offset: number },
    context: Context = {}
  ): Promise<{ rows: BankTransferRow[]; count: number }> {
    const knex = this.knex(context)
    const base = this.base(knex)
    if (filters.reference) base.whereRaw("p.data->>'reference' = ?", [filters.reference])
    if (filters.q) {
      const q = filters.q
      base.where((w) => {
        w.whereRaw("p.data->>'reference' like ?", [`%${q.replace(/[\\%_]/g, "\\$&")}%`])
        if (/^\d{1,9}$/.test(q)) w.orWhere("o.display_id", Number(q))
      })
    }
    if (filters.order_id) base.where("opc.order_id", filters.order_id)
    if (filters.payment_id) base.where("p.id", filters.payment_id)
    const awaiting = () => base.whereNull("p.captured_at").whereNull("p.canceled_at")
    if (filters.state === "awaiting_transfer") awaiting()
    if (filters.state === "partially_received") awaiting().where("r.received", ">", 0)
    if (filters.state === "received") base.whereNotNull("p.captured_at")
    if (filters.state === "canceled") base.whereNull("p.captured_at").whereNotNull("p.canceled_at")

    const [{ count }] = await base.clone().count({ count: "p.id" })
    const rows: (Omit<BankTransferRow, "receipt_count"> & { receipt_count: string | null })[] =
      await base
        .clone()
        .leftJoin("order_address as a", "a.id", "o.shipping_address_id")
        .select(
          "p.id",
          "p.amount",
          "p.currency_code",
          "p.data",
          "p.created_at",
          "p.captured_at",
          "p.canceled_at",
          "o.id as order_id",
          "o.display_id",
          "o.email",
          "o.status as order_status",
          "o.metadata as order_metadata",
          "o.customer_id",
          knex.raw("nullif(trim(concat(a.first_name, a.last_name)), '') as recipient"),
          "a.phone as recipient_phone",
          "r.received",
          "r.receipt_count"
        )
        .orderBy("p.created_at", "desc")
        .orderBy("p.id", "desc")
        .limit(page.limit)
        .offset(page.offset)
    return {
      rows: rows.map((row) => ({ ...row, receipt_count: Number(row.receipt_count ?? 0) })),
      count: Number(count),
    }
  }

  /** The orders whose bank-transfer payment carries this reference code. */
  async orderIdsByReference(reference: string, context: Context = {}): Promise<string[]> {
    const rows: { order_id: string }[] = await this.base(this.knex(context))
      .whereRaw("p.data->>'reference' = ?", [reference])
      .whereNotNull("opc.order_id")
      .distinct("opc.order_id as order_id")
    return rows.map((row) => row.order_id)
  }

  /**
   * Unpaid payments of orders still open whose deadline is at or before
   * `until`: the ones due a reminder or a cancellation.
   */
  async dueBankTransfers(
    until: Date,
    context: Context = {}
  ): Promise<{ payment_id: string; order_id: string; deadline_at: string }[]> {
    const knex = this.knex(context)
    const rows: { payment_id: string; order_id: string; deadline_at: string }[] = await this.base(
      knex
    )
      .whereNull("p.captured_at")
      .whereNull("p.canceled_at")
      .whereNotNull("o.id")
      .whereNull("o.canceled_at")
      .whereNot("o.status", "canceled")
      .whereRaw("(p.data->>'deadline_at') is not null")
      .whereRaw("(p.data->>'deadline_at')::timestamptz <= ?", [until.toISOString()])
      .select(
        "p.id as payment_id",
        "o.id as order_id",
        knex.raw("p.data->>'deadline_at' as deadline_at")
      )
      .orderBy("p.id")
    return rows.map((row) => ({
      payment_id: row.payment_id,
      order_id: row.order_id,
      deadline_at: new Date(row.deadline_at).toISOString(),
    }))
  }
}
