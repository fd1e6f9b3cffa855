import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminPartnerResponse } from "../../../../types/http/provenance"
import { updatePartnerWorkflow } from "../../../../workflows/provenance"
import { graphOneOr404 } from "../../../utils/graph"
import { ADMIN_PARTNER_FIELDS } from "../query-config"
import type { AdminUpdatePartnerType } from "../validators"

type Partner = AdminPartnerResponse["partner"]
type Product = Partner["products"][number]

const PARTNER_FIELDS = [
  ...ADMIN_PARTNER_FIELDS,
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.thumbnail",
]

async function loadPartner(container: MedusaContainer, id: string): Promise<Partner> {
  const partner = await graphOneOr404<
    Omit<Partner, "products"> & { products: (Product | null)[] | null }
  >(container, "partner", PARTNER_FIELDS, { id }, `Partner "${id}" was not found`)
  return { ...partner, products: (partner.products ?? []).filter((p): p is Product => !!p) }
}

/** GET /admin/partners/:id: a partner with its town, village, stock location and products. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPartnerResponse>
) {
  res.json({ partner: await loadPartner(req.scope, req.params.id) })
}

/** POST /admin/partners/:id: updates a partner (a new name also renames its stock location). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdatePartnerType>,
  res: MedusaResponse<AdminPartnerResponse>
) {
  await loadPartner(req.scope, req.params.id)
  await updatePartnerWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ partner: await loadPartner(req.scope, req.params.id) })
}
