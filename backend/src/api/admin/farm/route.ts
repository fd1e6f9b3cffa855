import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFarmResponse, FarmPartner, FarmPartnerChoice } from "../../../types/http/farm"
import { ownFarmOf } from "../../farm-scope"
import type { FarmPartnerParamsType } from "./validators"

const PARTNER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "town.id",
  "town.name",
  "stock_location.id",
  "stock_location.name",
]

/**
 * GET /admin/farm: who the signed-in user works for. A farm account gets its
 * partner and stock location; the support team gets `partner: null` and the
 * list of partners to pick one with ?partner_id= on the other farm routes.
 */
export async function GET(
  req: MedusaRequest<unknown, FarmPartnerParamsType>,
  res: MedusaResponse<AdminFarmResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const partnerOf = async (id: string) => {
    const { data } = await query.graph({
      entity: "partner",
      fields: PARTNER_FIELDS,
      filters: { id },
    })
    return (data as FarmPartner[])[0] ?? null
  }
  const own = ownFarmOf(req)
  if (own) {
    res.json({ is_support: false, partner: await partnerOf(own.partner_id), partners: [] })
    return
  }
  const { data } = await query.graph({
    entity: "partner",
    fields: ["id", "handle", "name", "town.name"],
  })
  const partners = (data as FarmPartnerChoice[]).sort((a, b) =>
    a.name.localeCompare(b.name, "zh-CN")
  )
  const selected = typeof req.query.partner_id === "string" ? req.query.partner_id : null
  const partner = selected ? await partnerOf(selected) : null
  res.json({ is_support: true, partner, partners })
}
