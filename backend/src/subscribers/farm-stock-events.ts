import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordExternalStockMovement } from "../workflows/farm/record-external-stock-change"
import { checkLowStock } from "../workflows/farm/steps/check-low-stock"

/** A quantity from query.graph: the raw value when present (BigNumber fields), else the number. */
const qty = (raw: any, value: any) => Number(raw?.value ?? value ?? 0)

type Data = { id?: string; order_id?: string; fulfillment_id?: string; return_id?: string }

/**
 * Stock that moves through Medusa's own order flows, for the farms:
 * - order placed or canceled: what is available changed (reservations), so
 *   the low-stock check runs for the farms in the order;
 * - return received: the stock that came back is audited as "return".
 * A fulfillment made outside 我的农场 is audited where it is made, in the
 * workflow hook workflows/hooks/order-fulfillment-stock-audit.ts.
 */
export default async function farmStockEventsHandler({ event, container }: SubscriberArgs<Data>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (event.name === "order.placed" || event.name === "order.canceled") {
    const orderId = event.data.id ?? event.data.order_id
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.variant_id", "items.product_id"],
      filters: { id: orderId },
    })
    const productIds: string[] = [
      ...new Set<string>(
        ((orders[0] as any)?.items ?? []).map((i: any) => i.product_id).filter(Boolean)
      ),
    ]
    if (!productIds.length) return
    const { data: products } = await query.graph({
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
    const ordered = new Set(((orders[0] as any).items ?? []).map((i: any) => i.variant_id))
    const byPartner = new Map<
      string,
      { location_id: string; items: { variant_id: string; inventory_item_id: string }[] }
    >()
    for (const product of products as any[]) {
      const partner = product.partner
      if (!partner?.stock_location?.id) continue
      const entry = byPartner.get(partner.id) ?? {
        location_id: partner.stock_location.id as string,
        items: [] as { variant_id: string; inventory_item_id: string }[],
      }
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
    return
  }

  if (event.name === "order.return_received" && event.data.return_id) {
    const { data } = await query.graph({
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
    const ret = data[0] as any
    if (!ret?.location_id) return
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["items.id", "items.variant.inventory_items.inventory_item_id"],
      filters: { id: event.data.order_id },
    })
    const itemOf = new Map(
      ((orders[0] as any)?.items ?? []).map((i: any) => [
        i.id,
        i.variant?.inventory_items?.[0]?.inventory_item_id,
      ])
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
          (i: any) => itemOf.get(i.item_id) && qty(i.raw_received_quantity, i.received_quantity) > 0
        )
        .map((i: any) => ({
          inventory_item_id: itemOf.get(i.item_id) as string,
          delta: qty(i.raw_received_quantity, i.received_quantity),
        })),
    })
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "order.return_received"],
  context: { subscriberId: "farm-stock-events" },
}
