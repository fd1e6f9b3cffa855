import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PartnerUpdateInput } from "../../../../shared/provenance"
import { updatePartnerWorkflow } from "../../../../workflows/provenance"
import { ADMIN_PARTNER_FIELDS } from "../../../provenance-fields"

async function loadPartner(req: AuthenticatedMedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: [
      ...ADMIN_PARTNER_FIELDS,
      "products.id",
      "products.title",
      "products.handle",
      "products.status",
      "products.thumbnail",
    ],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner "${id}" was not found`)
  }
  const partner = data[0] as any
  partner.products = (partner.products ?? []).filter(Boolean)
  return partner
}

/** GET /admin/partners/:id: a partner with its town, village, stock location and products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ partner: await loadPartner(req, req.params.id) })
}

/** POST /admin/partners/:id: updates a partner (a new name also renames its stock location). */
export async function POST(
  req: AuthenticatedMedusaRequest<PartnerUpdateInput>,
  res: MedusaResponse
) {
  await loadPartner(req, req.params.id)
  await updatePartnerWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ partner: await loadPartner(req, req.params.id) })
}
