import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_TOWN_FIELDS } from "../../provenance-fields"

/** GET /store/towns: the five towns in display order, with their villages and partner counts. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: towns } = await query.graph({
    entity: "town",
    fields: [...STORE_TOWN_FIELDS, "partners.id", "partners.is_active"],
    pagination: { order: { rank: "ASC", name: "ASC" } },
  })
  res.json({
    towns: towns.map(({ partners, ...town }: any) => ({
      ...town,
      partner_count: (partners ?? []).filter((p: any) => p?.is_active).length,
    })),
    count: towns.length,
  })
}
