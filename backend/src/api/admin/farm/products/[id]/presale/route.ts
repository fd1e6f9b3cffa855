import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { actorOf, farmOf } from "../../../../../farm-scope"
import { adjustFarmStockWorkflow } from "../../../../../../workflows/farm"
import type { ErrorResponse } from "../../../../../../types/http/common"
import type { AdminFarmProductResponse } from "../../../../../../types/http/farm"
import { farmProduct } from "../../../queries/products"
import { type FarmVariantRef, farmVariants } from "../../../queries/variants"
import type { FarmPresaleBodyType } from "../../../validators"

/**
 * POST /admin/farm/products/:id/presale { ships_from, capacity? }: puts a
 * product not yet harvested on pre-sale (预售) with the day it ships
 * (product metadata `presale_ships_from`, shown by the storefront) and the
 * units that may be sold before then (the variants' stock, audited as
 * "presale"); `ships_from: null` ends the pre-sale.
 */
export async function POST(
  req: MedusaRequest<FarmPresaleBodyType>,
  res: MedusaResponse<AdminFarmProductResponse | ErrorResponse>
) {
  const farm = await farmOf(req)
  const body = req.validatedBody
  const product = await farmProduct(req.scope, farm, req.params.id)
  const capacity = body.capacity ?? []
  const refs = capacity.length
    ? await farmVariants(
        req.scope,
        farm,
        capacity.map((c) => c.variant_id)
      )
    : new Map<string, FarmVariantRef>()
  for (const c of capacity) {
    if (refs.get(c.variant_id)?.product_id !== product.id) {
      res.status(404).json({ type: "not_found", message: `Variant "${c.variant_id}" not found` })
      return
    }
  }
  if (capacity.length) {
    await adjustFarmStockWorkflow(req.scope).run({
      input: {
        partner_id: farm.partner_id,
        location_id: farm.location_id!,
        actor_id: actorOf(req),
        reason: "presale",
        note: body.ships_from ? `预售，${body.ships_from} 起发货` : null,
        changes: capacity.map((c) => ({
          ...refs.get(c.variant_id)!,
          mode: "set" as const,
          quantity: c.quantity,
        })),
      },
    })
  }
  // after the stock, which may be refused (below 0, below what orders reserved): nothing half-written
  await updateProductsWorkflow(req.scope).run({
    input: {
      selector: { id: product.id },
      update: { metadata: { presale_ships_from: body.ships_from ?? "" } },
    },
  })
  res.json({ product: await farmProduct(req.scope, farm, product.id) })
}
