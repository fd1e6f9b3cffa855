import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreTown, StoreTownListResponse } from "../../../types/http/provenance"
import { STORE_TOWN_FIELDS } from "./query-config"

type TownRow = Omit<StoreTown, "partner_count"> & {
  partners?: ({ id: string; is_active: boolean } | null)[] | null
}

/** GET /store/towns: the five towns in display order, with their villages and partner counts. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreTownListResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: towns } = await query.graph({
    entity: "town",
    fields: [...STORE_TOWN_FIELDS, "partners.id", "partners.is_active"],
    pagination: { order: { rank: "ASC", name: "ASC" } },
  })
  res.json({
    towns: (towns as TownRow[]).map(({ partners, ...town }) => ({
      ...town,
      partner_count: (partners ?? []).filter((p) => p?.is_active).length,
    })),
    count: towns.length,
  })
}
