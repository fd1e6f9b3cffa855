import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminUnit, AdminUnitListResponse, AdminUnitResponse } from "../../../types/http/unit"
import { createUnitWorkflow } from "../../../workflows/unit"
import { loadAdminUnit } from "./helpers"
import { ADMIN_UNIT_FIELDS } from "./query-config"
import type { AdminCreateUnitType, AdminListUnitsParamsType } from "./validators"

/** GET /admin/units: units by newest first; `q` searches name and credit code. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListUnitsParamsType>,
  res: MedusaResponse<AdminUnitListResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, kind, limit, offset } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "unit",
    fields: [...ADMIN_UNIT_FIELDS, "members.id"],
    filters: { ...(q ? { q } : {}), ...(status ? { status } : {}), ...(kind ? { kind } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    units: (data as (AdminUnit & { members?: unknown[] | null })[]).map(({ members, ...unit }) => ({
      ...unit,
      member_count: (members ?? []).length,
    })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/** POST /admin/units: the support team records a unit (pending until verified). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateUnitType>,
  res: MedusaResponse<AdminUnitResponse>
) {
  const { result } = await createUnitWorkflow(req.scope).run({
    input: { data: req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ unit: await loadAdminUnit(req.scope, result.id) })
}
