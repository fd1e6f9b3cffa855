import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../../modules/bank-transfer/payee"

const Params = z.object({
  /** the code on the transfer's 附言; case and spaces do not matter */
  reference: z
    .string()
    .transform((v) => v.replace(/\s+/g, "").toUpperCase())
    .optional(),
  order_id: z.string().min(1).optional(),
  state: z.enum(["awaiting_transfer", "received", "canceled"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/**
 * GET /admin/bank-transfer/payments: the orders paid by 对公转账, newest
 * first, to match an arriving transfer to its order by the reference on its
 * 附言 (`?reference=`), list what is still awaited (`?state=awaiting_transfer`)
 * or show an order's transfer (`?order_id=`). Receipt is confirmed by
 * capturing the payment (`POST /admin/payments/:id/capture`).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = Params.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))
  }
  const { reference, order_id, state, limit, offset } = parsed.data
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  // the reference lives in the payment's JSON data, which the module API cannot filter on
  const base = knex("payment as p")
    .leftJoin("order_payment_collection as opc", function () {
      this.on("opc.payment_collection_id", "p.payment_collection_id").andOnNull("opc.deleted_at")
    })
    .leftJoin("order as o", "o.id", "opc.order_id")
    .where("p.provider_id", BANK_TRANSFER_PROVIDER_ID)
    .whereNull("p.deleted_at")
  if (reference) base.whereRaw("p.data->>'reference' = ?", [reference])
  if (order_id) base.where("opc.order_id", order_id)
  if (state === "awaiting_transfer") base.whereNull("p.captured_at").whereNull("p.canceled_at")
  if (state === "received") base.whereNotNull("p.captured_at")
  if (state === "canceled") base.whereNull("p.captured_at").whereNotNull("p.canceled_at")

  const [{ count }] = await base.clone().count({ count: "p.id" })
  const rows = await base
    .clone()
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
      "o.email"
    )
    .orderBy("p.created_at", "desc")
    .limit(limit)
    .offset(offset)

  res.json({
    payments: rows.map((row: any) => ({
      id: row.id,
      reference: row.data?.reference ?? null,
      amount: MathBN.convert(row.amount).toFixed(2),
      currency_code: row.currency_code,
      payee: row.data?.payee ?? null,
      state: row.captured_at ? "received" : row.canceled_at ? "canceled" : "awaiting_transfer",
      created_at: row.created_at,
      captured_at: row.captured_at,
      order: row.order_id ? { id: row.order_id, display_id: row.display_id, email: row.email } : null,
    })),
    count: Number(count),
    limit,
    offset,
  })
}
