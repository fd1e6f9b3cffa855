import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Dates a demo order back to when its plan says it happened, in Medusa's own
 * tables (the workflows stamp everything "now"). Seed data only: nothing in
 * the shop writes these columns by hand.
 */

/** The cancellation and the refund it made. */
export async function backdateCancellation(
  db: Knex,
  ids: { order_id: string; payment_id: string },
  at: Date
) {
  await db("order").where({ id: ids.order_id }).update({ canceled_at: at })
  await db("refund")
    .where({ payment_id: ids.payment_id })
    .update({ created_at: at, updated_at: at })
}

/** Every refund of a payment. */
export async function backdateRefunds(db: Knex, paymentId: string, at: Date) {
  const refunds: { id: string }[] = await db("refund").where({ payment_id: paymentId }).select("id")
  await db("refund")
    .whereIn(
      "id",
      refunds.map((r) => r.id)
    )
    .update({ created_at: at, updated_at: at })
}

/** A payment created at `placedAt` and captured at `capturedAt`. */
export async function backdateCapture(
  db: Knex,
  paymentId: string,
  placedAt: Date,
  capturedAt: Date
) {
  await db("payment")
    .where({ id: paymentId })
    .update({ captured_at: capturedAt, created_at: placedAt, updated_at: capturedAt })
  await db("capture")
    .where({ payment_id: paymentId })
    .update({ created_at: capturedAt, updated_at: capturedAt })
}

/** The order, its items and its payment collection (opened at checkout), placed at `placedAt`. */
export async function backdatePlacement(
  db: Knex,
  ids: { order_id: string; payment_collection_id: string },
  placedAt: Date,
  updatedAt: Date
) {
  await db("payment_collection")
    .where({ id: ids.payment_collection_id })
    .update({ created_at: placedAt })
  await db("order")
    .where({ id: ids.order_id })
    .update({ created_at: placedAt, updated_at: updatedAt })
  await db("order_item")
    .where({ order_id: ids.order_id })
    .update({ created_at: placedAt, updated_at: updatedAt })
}
