import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordExternalStockMovement } from "../workflows/farm/record-external-stock-change"
import { checkLowStock } from "../workflows/farm/steps/check-low-stock"
import { coalescePer } from "../utils/coalesce"
import { queryRow, queryRows } from "../utils/query"

/** A quantity from query.graph: the raw value when present (BigNumber fields), else the number. */
const qty = (
  raw: { value?: string | number } | null | undefined,
  value: number | null | undefined
) => Number(raw?.value ?? value ?? 0)

type Data = { id?: string; order_id?: string; fulfillment_id?: string; return_id?: string }

type OrderItemsRow = {
  id: string
  items: { variant_id: string | null; product_id: string | null }[] | null
}
type ProductRow = {
  partner: { id: string; stock_location: { id: string } | null } | null
  variants: { id: string; inventory_items: { inventory_item_id: string }[] | null }[] | null
}
type ReturnRow = {
  id: string
  location_id: string | null
  received_at: Date | string | null
  items:
    | {
        item_id: string
        received_quantity: number | null
        raw_received_quantity: { value?: string | number } | null
      }[]
    | null
}
type OrderLinesRow = {
  items:
    | {
        id: string
        variant: { inventory_items: { inventory_item_id: string }[] | null } | null
      }[]
    | null
}

/**
 * Stock that moves through Medusa's own order flows, for the farms:
 * - order placed or canceled: what is available changed (reservations), so
 *   the low-stock check runs for the farms in the order (the orders of a
 *   short window together);
 * - return received: the stock that came back is audited as "return".
 * A fulfillment made outside 我的农场 is audited where it is made, in the
 * workflow hook workflows/hooks/order-fulfillment-stock-audit.ts.
 */
export default async function farmStockEventsHandler({ event, container }: SubscriberArgs<Data>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (event.name === "order.placed" || event.name === "order.canceled") {
    const orderId = event.data.id ?? event.data.order_id
    if (orderId) await checkOrdersLowStock(container, [orderId])
    return
  }

  if (event.name === "order.return_received" && event.data.return_id) {
    const ret = await queryRow<ReturnRow>(query, {
      entity: "return",
      fields: [
        "id",
        "location_id",
        "received_at",
        "items.item_id",
        "items.received_quantity",
        "items.raw_received_quantity",
      ],
      filters: { id: event.data.return_id },
    })
    if (!ret?.location_id) return
    const order = await queryRow<OrderLinesRow>(query, {
      entity: "order",
      fields: ["items.id", "items.variant.inventory_items.inventory_item_id"],
      filters: { id: event.data.order_id },
    })
    const itemOf = new Map(
      (order?.items ?? []).map((i) => [i.id, i.variant?.inventory_items?.[0]?.inventory_item_id])
    )
    await recordExternalStockMovement(container, {
      location_id: ret.location_id,
      reason: "return",
      reference_id: ret.id,
      actor_id: null,
      // processed later than it happened (e.g. the worker was down): the level of that moment
      occurred_at: ret.received_at ?? null,
      items: (ret.items ?? [])
        .filter(
          (i) => itemOf.get(i.item_id) && qty(i.raw_received_quantity, i.received_quantity) > 0
        )
        .map((i) => ({
          inventory_item_id: itemOf.get(i.item_id) as string,
          delta: qty(i.raw_received_quantity, i.received_quantity),
        })),
    })
  }
}

type Container = SubscriberArgs<unknown>["container"]

/**
 * The low-stock check of the orders placed or canceled in a short window, at
 * once: each farm's ordered variants are checked once however many orders
 * hold them (utils/coalesce.ts).
 */
const checkOrdersLowStock = coalescePer<Container, string>(async (container, orderIds) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders = await queryRows<OrderItemsRow>(query, {
    entity: "order",
    fields: ["id", "items.variant_id", "items.product_id"],
    filters: { id: orderIds },
  })
  const items = orders.flatMap((o) => o.items ?? [])
  const productIds = [...new Set(items.map((i) => i.product_id))].filter((id): id is string =>
    Boolean(id)
  )
  if (!productIds.length) return
  const products = await queryRows<ProductRow>(query, {
    entity: "product",
    fields: [
      "id",
      "partner.id",
      "partner.stock_location.id",
      "variants.id",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: productIds },
  })
  const ordered = new Set(items.map((i) => i.variant_id))
  const byPartner = new Map<
    string,
    { location_id: string; items: { variant_id: string; inventory_item_id: string }[] }
  >()
  for (const product of products) {
    const partner = product.partner
    if (!partner?.stock_location?.id) continue
    const entry = byPartner.get(partner.id) ?? { location_id: partner.stock_location.id, items: [] }
    for (const v of product.variants ?? []) {
      const itemId = v.inventory_items?.[0]?.inventory_item_id
      if (ordered.has(v.id) && itemId)
        entry.items.push({ variant_id: v.id, inventory_item_id: itemId })
    }
    byPartner.set(partner.id, entry)
  }
  for (const [partner_id, entry] of byPartner) {
    await checkLowStock(container, {
      partner_id,
      location_id: entry.location_id,
      items: entry.items,
    })
  }
})

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "order.return_received"],
  context: { subscriberId: "farm-stock-events" },
}
