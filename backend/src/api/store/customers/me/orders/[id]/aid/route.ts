import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AID_MODULE, type AidModuleService } from "../../../../../../../modules/aid"
import {
  PROVENANCE_MODULE,
  type ProvenanceModuleService,
} from "../../../../../../../modules/provenance"
import { type Money, money, yuanString } from "../../../../../../../shared/money"
import type { StoreOrderAidResponse } from "../../../../../../../types/http/aid"
import { exactValue } from "../../../../../../utils/amount"

/**
 * GET /store/customers/me/orders/:id/aid: "您的购买帮扶了": what one of the
 * logged-in customer's orders brought each town, net of refunds and
 * cancellations, from the aid ledger. Only paid money counts: an order not
 * paid yet answers `paid: false` and no towns (its aid counts once paid).
 * Medusa authenticates the customer on /store/customers/me*; an order of
 * another customer answers 404.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreOrderAidResponse>
) {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "currency_code"],
    filters: { id: req.params.id, customer_id: customerId },
  })
  const [order] = orders as { id: string; customer_id: string | null; currency_code: string }[]
  if (!order || order.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} not found`)
  }

  const aid = req.scope.resolve<AidModuleService>(AID_MODULE)
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const [entries, paidAt] = await Promise.all([
    aid.listAidEntries(
      { order_id: order.id },
      { select: ["id", "town_id", "amount", "raw_amount", "currency_code"], take: null }
    ),
    aid.paidAt([order.id]),
  ])
  const paid_at = paidAt.get(order.id) ?? null
  const byTown = new Map<string, Money>()
  for (const entry of entries) {
    if (!entry.town_id) continue
    const amount = money(exactValue(entry.raw_amount, entry.amount ?? 0))
    byTown.set(entry.town_id, (byTown.get(entry.town_id) ?? money(0)).plus(amount))
  }
  const towns = byTown.size
    ? await provenance.listTowns({ id: [...byTown.keys()] }, { select: ["id", "name", "rank"] })
    : []
  const rows = towns
    .map((town) => ({
      town_id: town.id,
      name: town.name,
      rank: town.rank,
      amount: byTown.get(town.id)!,
    }))
    .filter((row) => row.amount.gt(0))
    .sort((a, b) => b.amount.comparedTo(a.amount) || a.rank - b.rank)
  const total = rows.reduce((acc, row) => acc.plus(row.amount), money(0))

  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    aid: {
      order_id: order.id,
      currency_code: order.currency_code,
      paid: paid_at !== null,
      paid_at: paid_at?.toISOString() ?? null,
      total: yuanString(total),
      towns: rows.map(({ town_id, name, amount }) => ({
        town_id,
        name,
        amount: yuanString(amount),
      })),
    },
  })
}
