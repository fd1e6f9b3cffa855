import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminProductProvenanceListResponse,
  AdminProductProvenanceRow,
} from "../../../../types/http/provenance"
import type { AdminListProductProvenanceParamsType } from "../validators"

type ProductRow = Omit<AdminProductProvenanceRow, "partner"> & {
  partner?: {
    id: string
    name: string
    town?: { id: string; name: string } | null
  } | null
}

/**
 * GET /admin/provenance/products: every product with its partner and town, so
 * the support team sees at a glance which products have no partner yet
 * (`unassigned=true` lists only those). Sorted by title.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListProductProvenanceParamsType>,
  res: MedusaResponse<AdminProductProvenanceListResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, unassigned, limit, offset } = req.validatedQuery
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "status",
      "thumbnail",
      "partner.id",
      "partner.name",
      "partner.town.id",
      "partner.town.name",
    ],
    filters: q ? { q } : {},
  })
  const all = (data as ProductRow[]).map((p): AdminProductProvenanceRow => ({
    id: p.id,
    title: p.title,
    handle: p.handle,
    status: p.status,
    thumbnail: p.thumbnail ?? null,
    partner: p.partner
      ? {
          id: p.partner.id,
          name: p.partner.name,
          town: p.partner.town ? { id: p.partner.town.id, name: p.partner.town.name } : null,
        }
      : null,
  }))
  const collator = new Intl.Collator("zh-CN")
  const unassignedRows = all.filter((p) => !p.partner)
  const rows = (unassigned ? unassignedRows : all).sort((a, b) =>
    collator.compare(a.title, b.title)
  )
  res.json({
    products: rows.slice(offset, offset + limit),
    count: rows.length,
    unassigned_count: unassignedRows.length,
    limit,
    offset,
  })
}
