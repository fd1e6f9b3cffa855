import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { lineShares } from "../../../../modules/aid/attribution"
import { yuanString } from "../../../../shared/money"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../../modules/provenance"
import type {
  AdminAidAwaitingPaymentResponse,
  AidAwaitingPayment,
} from "../../../../types/http/aid"
import { loadOrderFacts } from "../../../../workflows/aid/order-facts"

const PAGE = 200

/**
 * Orders awaiting their payment (e.g. a bank transfer not yet arrived), kept
 * apart from every aid figure: the ledger credits them only once paid. Each
 * line is valued as its sale will be (the order's item total split over its
 * lines), so a town's amount here is what it will receive.
 */
export async function awaitingPayment(container: MedusaContainer): Promise<AidAwaitingPayment> {
  const aid = container.resolve<AidModuleService>(AID_MODULE)
  const ids = await aid.unpaidOrderIds()
  let amount = new BigNumber(0)
  const towns = new Map<string, { amount: BigNumber; orders: Set<string> }>()
  for (let i = 0; i < ids.length; i += PAGE) {
    for (const order of await loadOrderFacts(container, ids.slice(i, i + PAGE))) {
      const shares = lineShares(order.items)
      for (const item of order.items) {
        const share = shares.get(item.id)
        if (!share) continue
        amount = amount.plus(share)
        if (!item.town_id) continue
        const town = towns.get(item.town_id) ?? {
          amount: new BigNumber(0),
          orders: new Set<string>(),
        }
        town.amount = town.amount.plus(share)
        town.orders.add(order.order_id)
        towns.set(item.town_id, town)
      }
    }
  }
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const known = towns.size
    ? await provenance.listTowns({ id: [...towns.keys()] }, { select: ["id", "name", "rank"] })
    : []
  return {
    orders: ids.length,
    amount: yuanString(amount),
    currency_code: "cny",
    towns: known
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "zh-CN"))
      .map((town) => ({
        town_id: town.id,
        label: town.name,
        amount: yuanString(towns.get(town.id)!.amount),
        orders: towns.get(town.id)!.orders.size,
      })),
  }
}

/**
 * GET /admin/aid/awaiting-payment: 待付款（未计入）: how many orders await
 * their payment and what they will bring each town once paid. Not part of
 * any aid figure (the summary, the impact counter, the statements).
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<AdminAidAwaitingPaymentResponse>
) {
  res.json({ awaiting_payment: await awaitingPayment(req.scope) })
}
