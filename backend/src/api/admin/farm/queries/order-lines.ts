import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../modules/farm"
import type { FarmOrderLineRow } from "../../../../modules/farm/repositories/farm-order-line"
import type { FarmOrderLine, FarmOrderLineStatus } from "../../../../types/http/farm-sales"
import type { StoredAddress } from "../../../../shared/address"
import { jsonTime, jsonTimeOrNull } from "../../../utils/json"
import { farmProductIds } from "./products"

export type FarmOrderLineQuery = {
  status: FarmOrderLineStatus
  limit: number
  offset: number
  order_id?: string
  line_ids?: string[]
  include_unpaid?: boolean
}

type OrderRow = {
  id: string
  display_id: number
  created_at: Date | string
  items: {
    id: string
    product_id: string
    product_title: string
    variant_id: string
    variant_title: string | null
    variant_sku: string | null
  }[]
  shipping_address: (StoredAddress & { postal_code: string | null }) | null
  shipping_methods: { name: string; shipping_option_id: string | null }[] | null
  fulfillments:
    | {
        id: string
        shipped_at: Date | string | null
        canceled_at: Date | string | null
        metadata: { carrier?: string } | null
        labels: { tracking_number: string | null }[] | null
        items: { line_item_id: string | null }[] | null
      }[]
    | null
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "items.id",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
]

/**
 * The farm's order lines: lines of its products in orders that are paid and
 * not canceled, newest order first. `open` keeps the lines with units not yet
 * fulfilled; `include_unpaid` (for refusing a shipment with a clear reason,
 * never for listing) keeps unpaid orders' lines too. The lines and their
 * quantities come from the farm module's order-line repository (the aid
 * ledger's rule for "paid"); orders, shipping profiles and options are read
 * with query.graph.
 */
export async function listFarmOrderLines(
  container: MedusaContainer,
  farm: { partner_id: string },
  params: FarmOrderLineQuery
): Promise<{ lines: FarmOrderLine[]; count: number }> {
  const productIds = await farmProductIds(container, farm.partner_id)
  if (!productIds.length) return { lines: [], count: 0 }
  const { rows, count } = await container
    .resolve<FarmModuleService>(FARM_MODULE)
    .listFarmOrderLineRows(
      {
        product_ids: productIds,
        status: params.status,
        order_id: params.order_id,
        line_ids: params.line_ids,
        include_unpaid: params.include_unpaid,
      },
      { limit: params.limit, offset: params.offset }
    )
  if (!rows.length) return { lines: [], count }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orderData } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(rows.map((r) => r.order_id))] },
  })
  const orders = orderData as OrderRow[]
  const { data: productData } = await query.graph({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { id: productIds },
  })
  const profileOf = new Map(
    (productData as { id: string; shipping_profile: { id: string } | null }[]).map((p) => [
      p.id,
      p.shipping_profile?.id ?? null,
    ])
  )
  const optionIds = orders
    .flatMap((o) => (o.shipping_methods ?? []).map((m) => m.shipping_option_id))
    .filter((id): id is string => !!id)
  const { data: optionData } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id"],
    filters: { id: [...new Set(optionIds)] },
  })
  const optionProfile = new Map(
    (optionData as { id: string; shipping_profile_id: string }[]).map((o) => [
      o.id,
      o.shipping_profile_id,
    ])
  )
  const orderOf = new Map(orders.map((o) => [o.id, o]))
  const lines: FarmOrderLine[] = []
  for (const row of rows) {
    const order = orderOf.get(row.order_id)
    const item = order?.items?.find((i) => i.id === row.line_id)
    if (!order || !item) continue
    const profile = profileOf.get(item.product_id) ?? null
    const method = (order.shipping_methods ?? []).find(
      (m) => m.shipping_option_id && optionProfile.get(m.shipping_option_id) === profile
    )
    lines.push(toOrderLine(order, item, row, profile, method?.name ?? null))
  }
  return { lines, count }
}

function toOrderLine(
  order: OrderRow,
  item: OrderRow["items"][number],
  row: FarmOrderLineRow,
  profile: string | null,
  shippingMethod: string | null
): FarmOrderLine {
  const address = order.shipping_address
  return {
    id: item.id,
    order_id: order.id,
    order_display_id: order.display_id,
    placed_at: jsonTime(order.created_at),
    paid_at: row.paid_at ? row.paid_at.toISOString() : null,
    product_id: item.product_id,
    product_title: item.product_title,
    variant_id: item.variant_id,
    variant_title: item.variant_title ?? null,
    sku: item.variant_sku ?? null,
    // the order_item row of the order's current version
    quantity: row.quantity,
    fulfilled_quantity: row.fulfilled_quantity,
    shipped_quantity: row.shipped_quantity,
    unshipped_quantity: row.quantity - row.fulfilled_quantity,
    shipping_profile_id: profile,
    shipping_method: shippingMethod,
    recipient: address
      ? {
          name: `${address.last_name ?? ""}${address.first_name ?? ""}`.trim(), // 姓 then 名
          phone: address.phone ?? null,
          address: [address.province, address.city, address.address_1, address.address_2]
            .filter(Boolean)
            .join(" "),
          postal_code: address.postal_code ?? null,
        }
      : null,
    shipments: (order.fulfillments ?? [])
      .filter((f) => !f.canceled_at && (f.items ?? []).some((i) => i.line_item_id === item.id))
      .map((f) => ({
        fulfillment_id: f.id,
        carrier: f.metadata?.carrier ?? null,
        tracking_numbers: (f.labels ?? [])
          .map((l) => l.tracking_number)
          .filter((n): n is string => !!n),
        shipped_at: jsonTimeOrNull(f.shipped_at ?? null),
      })),
  }
}
