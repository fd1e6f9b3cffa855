import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf, farmOf } from "../../../farm-scope"
import { adjustFarmStockWorkflow } from "../../../../workflows/farm"
import type { AdminFarmInventoryResponse } from "../../../../types/http/farm"
import { listFarmProducts } from "../queries/products"
import { farmVariants } from "../queries/variants"
import type { FarmInventoryBodyType } from "../validators"

/**
 * POST /admin/farm/inventory { changes: [{ variant_id, set | adjust }], note? }:
 * sets or adjusts the stock of one or many of the farm's variants at its
 * location in one step (all or nothing, audited as "manual").
 */
export async function POST(
  req: MedusaRequest<FarmInventoryBodyType>,
  res: MedusaResponse<AdminFarmInventoryResponse>
) {
  const farm = await farmOf(req)
  const body = req.validatedBody
  const refs = await farmVariants(
    req.scope,
    farm,
    body.changes.map((c) => c.variant_id)
  )
  const { result } = await adjustFarmStockWorkflow(req.scope).run({
    input: {
      partner_id: farm.partner_id,
      location_id: farm.location_id!,
      actor_id: actorOf(req),
      reason: "manual",
      note: body.note ?? null,
      changes: body.changes.map((c) => ({
        ...refs.get(c.variant_id)!,
        mode: c.set !== undefined ? ("set" as const) : ("adjust" as const),
        quantity: (c.set ?? c.adjust)!,
      })),
    },
  })
  const productIds = [...new Set([...refs.values()].map((r) => r.product_id))]
  res.json({
    changes: result.changes,
    products: await listFarmProducts(req.scope, farm, { product_ids: productIds }),
  })
}
