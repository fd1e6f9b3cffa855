import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminPartner,
  AdminPartnerCreateResponse,
  AdminPartnerListResponse,
} from "../../../types/http/provenance"
import { createPartnerWorkflow } from "../../../workflows/provenance"
import { graphOne } from "../../utils/graph"
import { ADMIN_PARTNER_FIELDS } from "./query-config"
import type { AdminCreatePartnerType, AdminListPartnersParamsType } from "./validators"

/** GET /admin/partners: partners with town, village, stock location and product count. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListPartnersParamsType>,
  res: MedusaResponse<AdminPartnerListResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset, town_id, kind, is_active } = req.validatedQuery
  const filters: Pick<AdminListPartnersParamsType, "q" | "town_id" | "kind" | "is_active"> = {}
  if (q) filters.q = q
  if (town_id) filters.town_id = town_id
  if (kind) filters.kind = kind
  if (is_active !== undefined) filters.is_active = is_active
  const { data: partners, metadata } = await query.graph({
    entity: "partner",
    fields: [...ADMIN_PARTNER_FIELDS, "products.id"],
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({
    partners: (partners as (AdminPartner & { products?: unknown[] | null })[]).map(
      ({ products, ...p }) => ({
        ...p,
        product_count: (products ?? []).filter(Boolean).length,
      })
    ),
    count: metadata?.count ?? partners.length,
    limit,
    offset,
  })
}

/** POST /admin/partners: creates a partner and its own stock location. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePartnerType>,
  res: MedusaResponse<AdminPartnerCreateResponse>
) {
  const { result } = await createPartnerWorkflow(req.scope).run({ input: req.validatedBody })
  const partner = await graphOne<AdminPartner>(req.scope, "partner", ADMIN_PARTNER_FIELDS, {
    id: result.id,
  })
  res.status(201).json({ partner: partner! })
}
