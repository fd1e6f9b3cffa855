import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerCreateInput } from "../../../shared/provenance"
import { createPartnerWorkflow } from "../../../workflows/provenance"
import { ADMIN_PARTNER_FIELDS } from "../../provenance-fields"
import type { AdminListPartnersParamsType } from "../provenance-validators"

/** GET /admin/partners: partners with town, village, stock location and product count. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListPartnersParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset, town_id, kind, is_active } =
    req.validatedQuery as AdminListPartnersParamsType
  const filters: Record<string, unknown> = {}
  if (q) filters.q = q
  if (town_id) filters.town_id = town_id
  if (kind) filters.kind = kind
  if (is_active !== undefined) filters.is_active = is_active
  const { data: partners, metadata } = await query.graph({
    entity: "partner",
    fields: [...ADMIN_PARTNER_FIELDS, "products.id"],
    filters: filters as any,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({
    partners: partners.map(({ products, ...p }: any) => ({
      ...p,
      product_count: (products ?? []).filter(Boolean).length,
    })),
    count: metadata?.count ?? partners.length,
    limit,
    offset,
  })
}

/** POST /admin/partners: creates a partner and its own stock location. */
export async function POST(
  req: AuthenticatedMedusaRequest<PartnerCreateInput>,
  res: MedusaResponse
) {
  const { result } = await createPartnerWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: ADMIN_PARTNER_FIELDS,
    filters: { id: result.id },
  })
  res.status(201).json({ partner: data[0] })
}
