import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../modules/farm"
import type { AdminFarmAuditListResponse } from "../../../../types/http/farm"
import { ownFarmOf } from "../../../farm-scope"
import { jsonTime } from "../../../utils/json"
import type { FarmAuditParamsType } from "../validators"

type UserRow = { id: string; email: string }
type VariantRow = { id: string; title: string | null; product: { title: string | null } | null }

/**
 * GET /admin/farm/audit?variant_id=&reason=&limit=&offset=: stock changes,
 * newest first, with who made them. A farm sees its own; the support team
 * sees every farm's (or one with ?partner_id=).
 */
export async function GET(
  req: MedusaRequest<unknown, FarmAuditParamsType>,
  res: MedusaResponse<AdminFarmAuditListResponse>
) {
  const params = req.validatedQuery
  const own = ownFarmOf(req)
  const filters: { partner_id?: string; variant_id?: string; reason?: typeof params.reason } = {}
  const partnerId = own ? own.partner_id : params.partner_id
  if (partnerId) filters.partner_id = partnerId
  if (params.variant_id) filters.variant_id = params.variant_id
  if (params.reason) filters.reason = params.reason
  const [entries, count] = await req.scope
    .resolve<FarmModuleService>(FARM_MODULE)
    .listAndCountFarmStockAudits(filters, {
      take: params.limit,
      skip: params.offset,
      order: { created_at: "DESC", id: "DESC" },
    })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const userIds = [...new Set(entries.map((e) => e.actor_id).filter((id): id is string => !!id))]
  const variantIds = [...new Set(entries.map((e) => e.variant_id))]
  const [{ data: users }, { data: variants }] = await Promise.all([
    userIds.length
      ? query.graph({
          entity: "user",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: userIds },
        })
      : Promise.resolve({ data: [] }),
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "title", "product.title"],
          filters: { id: variantIds },
        })
      : Promise.resolve({ data: [] }),
  ])
  const userOf = new Map<string | null, UserRow>((users as UserRow[]).map((u) => [u.id, u]))
  const variantOf = new Map((variants as VariantRow[]).map((v) => [v.id, v]))
  res.json({
    audit: entries.map((e) => ({
      id: e.id,
      partner_id: e.partner_id,
      product_id: e.product_id,
      variant_id: e.variant_id,
      product_title: variantOf.get(e.variant_id)?.product?.title ?? null,
      variant_title: variantOf.get(e.variant_id)?.title ?? null,
      reason: e.reason,
      before: e.before,
      after: e.after,
      delta: e.delta,
      actor_type: e.actor_type,
      actor_id: e.actor_id,
      actor_email: userOf.get(e.actor_id)?.email ?? null,
      reference_id: e.reference_id,
      note: e.note,
      created_at: jsonTime(e.created_at),
    })),
    count,
    limit: params.limit,
    offset: params.offset,
  })
}
