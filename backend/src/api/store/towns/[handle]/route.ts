import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_TOWN_DETAIL_FIELDS } from "../../../provenance-fields"

/** GET /store/towns/:handle: a town with its villages and active partners. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "town",
    fields: STORE_TOWN_DETAIL_FIELDS,
    filters: { handle: req.params.handle },
  })
  const town = data[0] as any
  if (!town) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Town "${req.params.handle}" was not found`)
  }
  town.partners = (town.partners ?? [])
    .filter((p: any) => p?.is_active)
    .map(({ is_active, ...p }: any) => p)
    .sort((a: any, b: any) => a.name.localeCompare(b.name, "zh-CN"))
  res.json({ town })
}
