import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminTown,
  AdminTownCreateResponse,
  AdminTownListResponse,
} from "../../../types/http/provenance"
import { createTownWorkflow } from "../../../workflows/provenance"
import { graphOne } from "../../utils/graph"
import { ADMIN_TOWN_FIELDS } from "./query-config"
import type { AdminCreateTownType, AdminListTownsParamsType } from "./validators"

/** GET /admin/towns: towns with their villages, in display order. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListTownsParamsType>,
  res: MedusaResponse<AdminTownListResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset } = req.validatedQuery
  const { data: towns, metadata } = await query.graph({
    entity: "town",
    fields: [...ADMIN_TOWN_FIELDS, "partners.id"],
    filters: q ? { q } : {},
    pagination: { skip: offset, take: limit, order: { rank: "ASC", name: "ASC" } },
  })
  res.json({
    towns: (towns as (AdminTown & { partners?: unknown[] | null })[]).map(({ partners, ...t }) => ({
      ...t,
      partner_count: (partners ?? []).length,
    })),
    count: metadata?.count ?? towns.length,
    limit,
    offset,
  })
}

/** POST /admin/towns: creates a town with its villages. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateTownType>,
  res: MedusaResponse<AdminTownCreateResponse>
) {
  const { result } = await createTownWorkflow(req.scope).run({ input: req.validatedBody })
  const town = await graphOne<AdminTown>(req.scope, "town", ADMIN_TOWN_FIELDS, { id: result.id })
  res.status(201).json({ town: town! })
}
