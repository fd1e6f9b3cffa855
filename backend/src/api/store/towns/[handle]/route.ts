import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreTownPartner, StoreTownResponse } from "../../../../types/http/provenance"
import { STORE_TOWN_DETAIL_FIELDS } from "../query-config"

type TownRow = Omit<StoreTownResponse["town"], "partners"> & {
  partners?: ((StoreTownPartner & { is_active: boolean }) | null)[] | null
}

/** GET /store/towns/:handle: a town with its villages and active partners. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreTownResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "town",
    fields: STORE_TOWN_DETAIL_FIELDS,
    filters: { handle: req.params.handle },
  })
  const [town] = data as TownRow[]
  if (!town) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Town "${req.params.handle}" was not found`)
  }
  const partners = (town.partners ?? [])
    .filter((p): p is StoreTownPartner & { is_active: boolean } => !!p?.is_active)
    .map(({ is_active: _active, ...p }) => p)
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
  res.json({ town: { ...town, partners } })
}
