import type { MedusaContainer } from "@medusajs/framework/types"
import type { AidBuyerKind } from "../../types/http/aid"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"

/**
 * Order metadata the server's own workflows set and a buyer never may (the
 * store's cart routes refuse them): the bulk order an order belongs to and the
 * unit it is bought for.
 */
export const BULK_ORDER_METADATA_KEY = "bulk_order_id"
export const UNIT_METADATA_KEY = "unit_id"

/** What the ledger needs of an order to know who bought it. */
export type OrderBuyerInput = {
  id: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  /** when the order became paid; null while unpaid (then: now) */
  paid_at: Date | null
}

export type OrderBuyer = { buyer_kind: AidBuyerKind; unit_id: string | null }

export const CONSUMER: OrderBuyer = { buyer_kind: "consumer", unit_id: null }

const time = (value: Date | string | null | undefined) =>
  value ? new Date(value).getTime() : Number.NaN

/**
 * Who bought each order, for the aid ledger: a unit (单位, with its id) or a
 * consumer (个人). The unit module is the one source:
 * - an order whose metadata names an existing unit (`unit_id`, set only by the
 *   server's bulk-order workflow) is that unit's;
 * - otherwise an order is its customer's unit's when the customer was a member
 *   of that unit and the unit was verified when the order was paid (member
 *   added and unit verified at or before `paid_at`, the unit verified now);
 * - everything else is a consumer's.
 */
export async function loadOrderBuyers(
  container: MedusaContainer,
  orders: OrderBuyerInput[]
): Promise<Map<string, OrderBuyer>> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const named = [
    ...new Set(
      orders
        .map((order) => order.metadata?.[UNIT_METADATA_KEY])
        .filter((id): id is string => typeof id === "string" && id.length > 0)
    ),
  ]
  const customerIds = [
    ...new Set(orders.map((o) => o.customer_id).filter((id): id is string => Boolean(id))),
  ]
  const [existing, members] = await Promise.all([
    named.length
      ? units.listUnits({ id: named }, { select: ["id"], take: null })
      : Promise.resolve([]),
    customerIds.length
      ? units.listUnitMembers(
          { customer_id: customerIds },
          {
            select: [
              "id",
              "customer_id",
              "created_at",
              "unit.id",
              "unit.status",
              "unit.verified_at",
            ],
            relations: ["unit"],
            take: null,
          }
        )
      : Promise.resolve([]),
  ])
  const knownUnits = new Set(existing.map((unit) => unit.id))
  const memberOf = new Map(members.map((member) => [member.customer_id, member]))

  const buyers = new Map<string, OrderBuyer>()
  for (const order of orders) {
    const named = order.metadata?.[UNIT_METADATA_KEY]
    if (typeof named === "string" && knownUnits.has(named)) {
      buyers.set(order.id, { buyer_kind: "unit", unit_id: named })
      continue
    }
    const member = order.customer_id ? memberOf.get(order.customer_id) : undefined
    const at = (order.paid_at ?? new Date()).getTime()
    const wasMember =
      member &&
      member.unit.status === "verified" &&
      time(member.unit.verified_at) <= at &&
      time(member.created_at) <= at
    buyers.set(order.id, wasMember ? { buyer_kind: "unit", unit_id: member.unit.id } : CONSUMER)
  }
  return buyers
}
