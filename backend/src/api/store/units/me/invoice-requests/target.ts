import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../../../modules/bulk-order"
import type { InvoiceTargetFilter } from "../../../../../modules/invoice/service"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import { queryRow } from "../../../../../utils/query"

/**
 * The invoice target a unit member names, when it is the unit's: one of its
 * bulk orders, or an order one of its members placed while a member (not a
 * bulk order's parcel: those are invoiced with their bulk order; not an
 * order from before the customer joined: that one is theirs, or another
 * unit's). Anything else is 404.
 */
export async function unitTarget(
  container: MedusaContainer,
  unitId: string,
  named: { order_id?: string; bulk_order_id?: string }
): Promise<InvoiceTargetFilter> {
  if (named.bulk_order_id) {
    const bulk = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    const [found] = await bulk.listBulkOrders(
      { id: named.bulk_order_id, unit_id: unitId },
      { select: ["id"], take: 1 }
    )
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "批量订单不存在")
    return { bulk_order_id: found.id }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<{
    id: string
    customer_id: string | null
    created_at: Date | string
    metadata: Record<string, unknown> | null
  }>(query, {
    entity: "order",
    fields: ["id", "customer_id", "created_at", "metadata"],
    filters: { id: named.order_id },
  })
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const [member] = order?.customer_id
    ? await units.listUnitMembers(
        { unit_id: unitId, customer_id: order.customer_id },
        { select: ["id", "created_at"], take: 1 }
      )
    : []
  if (!order || !member || new Date(order.created_at) < new Date(member.created_at)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "订单不存在")
  }
  if (order.metadata?.bulk_order_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "此订单属于批量订单，请按批量订单申请发票（bulk_order_id）"
    )
  }
  return { order_id: order.id }
}
