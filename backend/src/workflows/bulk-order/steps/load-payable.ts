import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { queryRows } from "../../../utils/query"

export type PayableCollection = {
  order_id: string
  payment_collection_id: string
  amount: string
  currency_code: string
}

type OrderRow = {
  id: string
  status: string
  payment_collections:
    { id: string; amount: unknown; currency_code: string; status: string }[] | null
}

export const loadPayableBulkOrderStepId = "load-payable-bulk-order"

/**
 * A bulk order that can be paid (awaiting payment, none of its orders
 * cancelled) with each order's payment collection. Reads only; refused (400)
 * otherwise, so nothing is captured on a paid or cancelled bulk order.
 */
export const loadPayableBulkOrderStep = createStep(
  loadPayableBulkOrderStepId,
  async (input: { bulk_order_id: string }, { container }) => {
    const bulk = await container
      .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
      .retrieveBulkOrder(input.bulk_order_id)
    if (bulk.status !== "awaiting_payment")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Bulk order ${bulk.reference} is ${bulk.status}; nothing is captured (批量订单${bulk.status === "paid" ? "已付款" : "已取消"})`
      )
    const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "bulk_order",
      fields: ["id", "orders.id"],
      filters: { id: bulk.id },
    })
    const ids = ((links[0] as { orders?: { id: string }[] } | undefined)?.orders ?? []).map(
      (o) => o.id
    )
    const orders = await queryRows<OrderRow>(container.resolve(ContainerRegistrationKeys.QUERY), {
      entity: "order",
      fields: [
        "id",
        "status",
        "payment_collections.id",
        "payment_collections.amount",
        "payment_collections.currency_code",
        "payment_collections.status",
      ],
      filters: { id: ids },
    })
    const collections: PayableCollection[] = []
    for (const order of orders) {
      if (order.status === "canceled")
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is canceled`)
      const live = (order.payment_collections ?? []).find((c) => c.status !== "canceled")
      if (!live)
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} has nothing to pay`)
      collections.push({
        order_id: order.id,
        payment_collection_id: live.id,
        amount: MathBN.convert(live.amount as string).toFixed(2),
        currency_code: live.currency_code,
      })
    }
    if (!collections.length || collections.length !== bulk.parcels)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Bulk order ${bulk.reference} has ${collections.length} payable orders of ${bulk.parcels}`
      )
    return new StepResponse({ id: bulk.id, reference: bulk.reference, collections })
  }
)
