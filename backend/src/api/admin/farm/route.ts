import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FarmRequest } from "../../farm-scope"

/**
 * GET /admin/farm: who the signed-in user works for. A farm account gets its
 * partner and stock location; the support team gets `partner: null` and the
 * list of partners to pick one with ?partner_id= on the other farm routes.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const own = (req as FarmRequest).farm
  const fields = [
    "id",
    "handle",
    "name",
    "kind",
    "town.id",
    "town.name",
    "stock_location.id",
    "stock_location.name",
  ]
  if (own) {
    const { data } = await query.graph({
      entity: "partner",
      fields,
      filters: { id: own.partner_id },
    })
    res.json({ is_support: false, partner: data[0] ?? null, partners: [] })
    return
  }
  const { data } = await query.graph({
    entity: "partner",
    fields: ["id", "handle", "name", "town.name"],
  })
  const partners = (data as any[]).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
  const selected = typeof req.query.partner_id === "string" ? req.query.partner_id : null
  const partner = selected
    ? ((await query.graph({ entity: "partner", fields, filters: { id: selected } })).data[0] ??
      null)
    : null
  res.json({ is_support: true, partner, partners })
}
