import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductPartnerWorkflow } from "../../../../../workflows/provenance"
import type { AdminSetProductPartnerType } from "../../../provenance-validators"

async function loadProductPartner(req: AuthenticatedMedusaRequest<any>, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "partner.id",
      "partner.handle",
      "partner.name",
      "partner.kind",
      "partner.town.id",
      "partner.town.handle",
      "partner.town.name",
    ],
    filters: { id: productId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${productId}" was not found`)
  }
  return { product_id: productId, partner: (data[0] as any).partner ?? null }
}

/** GET /admin/products/:id/partner: the product's partner and town (partner is null when unassigned). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await loadProductPartner(req, req.params.id))
}

/** POST /admin/products/:id/partner: assigns the product to a partner (moving it if it had one). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetProductPartnerType>,
  res: MedusaResponse
) {
  await setProductPartnerWorkflow(req.scope).run({
    input: { product_id: req.params.id, partner_id: req.validatedBody.partner_id },
  })
  res.json(await loadProductPartner(req, req.params.id))
}
