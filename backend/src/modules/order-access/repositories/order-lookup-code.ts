import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import OrderLookupCode from "../models/order-lookup-code"

/**
 * An order belongs to a contact when the checkout stored it as the order's
 * `metadata.contact`, or, for an e-mail, when it is the order's e-mail.
 * Both sides are compared lower-cased (a mobile has no letters).
 */
const CONTACT_MATCH = `(lower(o.metadata->>'contact') = ? or lower(o.email) = ?)`
const PLACED_ORDER = `o.deleted_at is null and o.is_draft_order = false`

/**
 * The module's hand-written SQL: atomic updates of a code's attempts and use,
 * the advisory locks that keep the hourly limits exact under concurrency, and
 * finding the orders placed with a contact in the order module's table (a
 * JSON field Medusa's filters do not reach).
 */
export class OrderLookupCodeRepository extends mikroOrmBaseRepositoryFactory(OrderLookupCode) {
  private manager(context: Context = {}): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /** Transaction-scoped advisory locks, taken in a stable order (no deadlock between two requests). */
  async lockKeys(keys: string[], context: Context = {}) {
    for (const key of [...new Set(keys)].sort()) {
      await this.manager(context).execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
        key,
      ])
    }
  }

  /** Codes created since `since` for a contact and for a client. */
  async countRecent(
    input: { contact: string; client_key: string; since: Date },
    context: Context = {}
  ) {
    type Counts = {
      contact_count: number
      client_count: number
      contact_oldest: Date | string | null
      client_oldest: Date | string | null
    }
    const [row] = await this.manager(context).execute<Counts[]>(
      `select count(*) filter (where contact = ?)::int as contact_count,
              count(*) filter (where client_key = ?)::int as client_count,
              min(created_at) filter (where contact = ?) as contact_oldest,
              min(created_at) filter (where client_key = ?) as client_oldest
         from order_lookup_code
        where deleted_at is null and created_at > ? and (contact = ? or client_key = ?)`,
      [
        input.contact,
        input.client_key,
        input.contact,
        input.client_key,
        input.since,
        input.contact,
        input.client_key,
      ]
    )
    return {
      contact: Number(row?.contact_count ?? 0),
      client: Number(row?.client_count ?? 0),
      contact_oldest: row?.contact_oldest ? new Date(row.contact_oldest) : null,
      client_oldest: row?.client_oldest ? new Date(row.client_oldest) : null,
    }
  }

  /** The newest code of a contact that is unused and unexpired (spent attempts included), or null. */
  async newestOpenCode(contact: string, context: Context = {}) {
    const [row] = await this.manager(context).execute<
      { id: string; code_hash: string; attempts: number }[]
    >(
      `select id, code_hash, attempts from order_lookup_code
        where contact = ? and deleted_at is null and consumed_at is null and expires_at > now()
        order by created_at desc limit 1`,
      [contact]
    )
    return row
      ? { id: String(row.id), code_hash: String(row.code_hash), attempts: Number(row.attempts) }
      : null
  }

  /**
   * Counts one attempt on a code, in one statement: answers the code's hash
   * only when the attempt was still allowed (unused, unexpired, under `max`).
   */
  async spendAttempt(id: string, max: number, context: Context = {}) {
    const [row] = await this.manager(context).execute<{ code_hash: string; attempts: number }[]>(
      `update order_lookup_code set attempts = attempts + 1, updated_at = now()
        where id = ? and deleted_at is null and consumed_at is null and expires_at > now() and attempts < ?
        returning code_hash, attempts`,
      [id, max]
    )
    return row ? { code_hash: String(row.code_hash), attempts: Number(row.attempts) } : null
  }

  /** Marks a code used; true only for the one request that used it. */
  async consume(id: string, context: Context = {}) {
    const rows = await this.manager(context).execute<{ id: string }[]>(
      `update order_lookup_code set consumed_at = now(), updated_at = now()
        where id = ? and consumed_at is null and deleted_at is null returning id`,
      [id]
    )
    return rows.length === 1
  }

  /** Undoes `consume` and the attempt it counted (compensation). */
  async release(id: string, context: Context = {}) {
    await this.manager(context).execute(
      `update order_lookup_code set consumed_at = null, attempts = greatest(attempts - 1, 0), updated_at = now() where id = ?`,
      [id]
    )
  }

  /** The ids of the orders placed with a contact, newest first, and how many there are. */
  async findOrderIdsByContact(
    contact: string,
    page: { limit: number; offset: number },
    context: Context = {}
  ) {
    const manager = this.manager(context)
    const rows = await manager.execute<{ id: string }[]>(
      `select o.id from "order" o
        where ${PLACED_ORDER} and ${CONTACT_MATCH}
        order by o.created_at desc, o.id limit ? offset ?`,
      [contact, contact, page.limit, page.offset]
    )
    const [total] = await manager.execute<{ count: number }[]>(
      `select count(*)::int as count from "order" o where ${PLACED_ORDER} and ${CONTACT_MATCH}`,
      [contact, contact]
    )
    return { ids: rows.map((r) => String(r.id)), count: Number(total?.count ?? 0) }
  }

  /** Whether any order was placed with a contact. */
  async hasOrders(contact: string, context: Context = {}) {
    const rows = await this.manager(context).execute<{ found: number }[]>(
      `select 1 as found from "order" o where ${PLACED_ORDER} and ${CONTACT_MATCH} limit 1`,
      [contact, contact]
    )
    return rows.length > 0
  }

  /** Whether an order was placed with a contact. */
  async orderHasContact(orderId: string, contact: string, context: Context = {}) {
    const rows = await this.manager(context).execute<{ found: number }[]>(
      `select 1 as found from "order" o where o.id = ? and ${PLACED_ORDER} and ${CONTACT_MATCH}`,
      [orderId, contact, contact]
    )
    return rows.length > 0
  }
}
