import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../../modules/provenance"
import type { StoreAidImpactResponse } from "../../../../types/http/aid"

/**
 * GET /store/aid/impact: what the shop's sales have brought the five towns,
 * for the storefront's counter ("已帮扶销售 ¥…，惠及 … 个合作主体").
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreAidImpactResponse>) {
  const aid = req.scope.resolve<AidModuleService>(AID_MODULE)
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const [impact, towns] = await Promise.all([
    aid.impact(),
    provenance.listTowns(
      {},
      { select: ["id", "handle", "name", "rank"], order: { rank: "ASC", name: "ASC" } }
    ),
  ])
  const partners = impact.partner_ids.length
    ? await provenance.listPartners(
        { id: impact.partner_ids },
        { select: ["id", "households_involved"] }
      )
    : []
  const amountOf = new Map(impact.towns.map((t) => [t.town_id, t.amount]))
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    currency_code: "cny",
    total: impact.total,
    orders: impact.orders,
    towns: towns.map((town) => ({
      id: town.id,
      handle: town.handle,
      name: town.name,
      amount: amountOf.get(town.id) ?? "0.00",
    })),
    partners: partners.length,
    households: partners.reduce((acc, p) => acc + (p.households_involved ?? 0), 0),
  })
}
