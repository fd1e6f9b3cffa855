import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminProductPartnerResponse } from "../../../../../types/http/provenance"
import { setProductPartnerWorkflow } from "../../../../../workflows/provenance"
import type { AdminSetProductPartnerType } from "../../validators"

async function loadProductPartner(
  container: MedusaContainer,
  productId: string
): Promise<AdminProductPartnerResponse> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
  const [product] = data as { partner?: AdminProductPartnerResponse["partner"] }[]
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${productId}" was not found`)
  }
  return { product_id: productId, partner: product.partner ?? null }
}

/** GET /admin/products/:id/partner: the product's partner and town (partner is null when unassigned). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminProductPartnerResponse>
) {
  res.json(await loadProductPartner(req.scope, req.params.id))
}

/** POST /admin/products/:id/partner: assigns the product to a partner (moving it if it had one). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetProductPartnerType>,
  res: MedusaResponse<AdminProductPartnerResponse>
) {
  await setProductPartnerWorkflow(req.scope).run({
    input: { product_id: req.params.id, partner_id: req.validatedBody.partner_id },
  })
  res.json(await loadProductPartner(req.scope, req.params.id))
}
