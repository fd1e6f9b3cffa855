import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TownCreateInput } from "../../../shared/provenance"
import { createTownWorkflow } from "../../../workflows/provenance"
import { ADMIN_TOWN_FIELDS } from "../../provenance-fields"
import type { AdminListTownsParamsType } from "../provenance-validators"

/** GET /admin/towns: towns with their villages, in display order. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListTownsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset } = req.validatedQuery as AdminListTownsParamsType
  const { data: towns, metadata } = await query.graph({
    entity: "town",
    fields: [...ADMIN_TOWN_FIELDS, "partners.id"],
    filters: (q ? { q } : {}) as any,
    pagination: { skip: offset, take: limit, order: { rank: "ASC", name: "ASC" } },
  })
  res.json({
    towns: towns.map(({ partners, ...t }: any) => ({
      ...t,
      partner_count: (partners ?? []).length,
    })),
    count: metadata?.count ?? towns.length,
    limit,
    offset,
  })
}

/** POST /admin/towns: creates a town with its villages. */
export async function POST(req: AuthenticatedMedusaRequest<TownCreateInput>, res: MedusaResponse) {
  const { result } = await createTownWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "town",
    fields: ADMIN_TOWN_FIELDS,
    filters: { id: result.id },
  })
  res.status(201).json({ town: data[0] })
}
