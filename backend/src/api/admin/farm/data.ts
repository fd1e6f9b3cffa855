import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"
import { OrderPaymentRepository } from "../../../modules/aid/repositories/order-payment"

export type FarmVariantRow = {
  id: string
  title: string
  sku: string | null
  inventory_item_id: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock_threshold: number | null
  is_low: boolean
}

export type FarmProductRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  storage: string | null
  presale_ships_from: string | null
  shipping_profile_id: string | null
  variants: FarmVariantRow[]
}

/** The ids of the partner's products (product-partner link). */
export async function farmProductIds(
  container: MedusaContainer,
  partnerId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: ["id", "products.id"],
    filters: { id: partnerId },
  })
  return ((data[0] as any)?.products ?? []).map((p: any) => p.id)
}

/** The partner's products with their variants and each variant's stock at the farm's location. */
export async function listFarmProducts(
  container: MedusaContainer,
  farm: { partner_id: string; location_id: string | null },
  options: { product_ids?: string[] } = {}
): Promise<FarmProductRow[]> {
  const ids = options.product_ids ?? (await farmProductIds(container, farm.partner_id))
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "status",
      "thumbnail",
      "metadata",
      "shipping_profile.id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.variant_rank",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: ids },
  })
  const itemIds = products.flatMap((p: any) =>
    (p.variants ?? []).map((v: any) => v.inventory_items?.[0]?.inventory_item_id).filter(Boolean)
  )
  const variantIds = products.flatMap((p: any) => (p.variants ?? []).map((v: any) => v.id))
  const inventory = container.resolve(Modules.INVENTORY)
  const farmModule = container.resolve<FarmModuleService>(FARM_MODULE)
  const [levels, settings] = await Promise.all([
    itemIds.length && farm.location_id
      ? inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: farm.location_id })
      : Promise.resolve([]),
    variantIds.length
      ? farmModule.listFarmVariantSettings({ variant_id: variantIds })
      : Promise.resolve([]),
  ])
  const levelOf = new Map((levels as any[]).map((l) => [l.inventory_item_id, l]))
  const settingOf = new Map((settings as any[]).map((s) => [s.variant_id, s]))
  return (products as any[])
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      status: p.status,
      thumbnail: p.thumbnail ?? null,
      storage: p.metadata?.storage ?? null,
      presale_ships_from: p.metadata?.presale_ships_from ?? null,
      shipping_profile_id: p.shipping_profile?.id ?? null,
      variants: [...(p.variants ?? [])]
        .sort(
          (a: any, b: any) =>
            (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.title.localeCompare(b.title)
        )
        .map((v: any) => {
          const itemId = v.inventory_items?.[0]?.inventory_item_id ?? null
          const level = itemId ? levelOf.get(itemId) : undefined
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)
          const threshold = settingOf.get(v.id)?.low_stock_threshold ?? null
          const available = stocked - reserved
          return {
            id: v.id,
            title: v.title,
            sku: v.sku ?? null,
            inventory_item_id: itemId,
            stocked_quantity: stocked,
            reserved_quantity: reserved,
            available_quantity: available,
            low_stock_threshold: threshold,
            is_low: threshold !== null && available <= threshold,
          }
        }),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "zh-CN"))
}

export type FarmVariantRef = { variant_id: string; product_id: string; inventory_item_id: string }

/**
 * The given variants, each checked to be one of the farm's and stocked at
 * its location. Any other variant is a 404 and nothing is changed.
 */
export async function farmVariants(
  container: MedusaContainer,
  farm: { partner_id: string; location_id: string | null },
  variantIds: string[]
): Promise<Map<string, FarmVariantRef>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.partner.id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const found = new Map<string, FarmVariantRef>()
  for (const v of data as any[]) {
    const itemId = v.inventory_items?.[0]?.inventory_item_id
    if (v.product?.partner?.id === farm.partner_id && itemId) {
      found.set(v.id, { variant_id: v.id, product_id: v.product.id, inventory_item_id: itemId })
    }
  }
  const missing = variantIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant "${missing[0]}" not found`)
  }
  if (!farm.location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This farm has no stock location yet")
  }
  return found
}

/** The farm's product, or a 404 (also for another partner's product). */
export async function farmProduct(
  container: MedusaContainer,
  farm: { partner_id: string; location_id: string | null },
  productId: string
): Promise<FarmProductRow> {
  const ids = await farmProductIds(container, farm.partner_id)
  if (!ids.includes(productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${productId}" not found`)
  }
  return (await listFarmProducts(container, farm, { product_ids: [productId] }))[0]
}

export type FarmOrderLine = {
  id: string
  order_id: string
  order_display_id: number
  placed_at: string
  /** when the order was paid; farms only see paid orders' lines */
  paid_at: string | null
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string | null
  sku: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  unshipped_quantity: number
  shipping_profile_id: string | null
  shipping_method: string | null
  recipient: {
    name: string
    phone: string | null
    address: string
    postal_code: string | null
  } | null
  shipments: {
    fulfillment_id: string
    carrier: string | null
    tracking_numbers: string[]
    shipped_at: string | null
  }[]
}

type Db = {
  raw: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }>
}

/**
 * The farm's order lines: lines of its products in orders that are paid and
 * not canceled, newest order first. `open` keeps the lines with units not yet
 * fulfilled; `include_unpaid` (for refusing a shipment with a clear reason,
 * never for listing) keeps unpaid orders' lines too. Order ids are found with
 * one SQL query on Medusa's order tables (read only), with the aid module's
 * rule for "paid"; the orders themselves are read with query.graph.
 */
export async function listFarmOrderLines(
  container: MedusaContainer,
  farm: { partner_id: string },
  params: {
    status: "open" | "all"
    limit: number
    offset: number
    order_id?: string
    line_ids?: string[]
    include_unpaid?: boolean
  }
): Promise<{ lines: FarmOrderLine[]; count: number }> {
  const productIds = await farmProductIds(container, farm.partner_id)
  if (!productIds.length) return { lines: [], count: 0 }
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Db
  const where = [
    `o.deleted_at is null`,
    `o.canceled_at is null`,
    `o.status not in ('canceled', 'draft')`,
    `o.is_draft_order = false`,
    `li.product_id = any(?)`,
  ]
  const args: unknown[] = [productIds]
  const paidAt = OrderPaymentRepository.paidAtSql("o")
  if (!params.include_unpaid) where.push(`${paidAt} is not null`)
  if (params.status === "open") where.push(`oi.fulfilled_quantity < oi.quantity`)
  if (params.order_id) {
    where.push(`o.id = ?`)
    args.push(params.order_id)
  }
  if (params.line_ids) {
    where.push(`li.id = any(?)`)
    args.push(params.line_ids)
  }
  const from = `from "order" o
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
     where ${where.join(" and ")}`
  const { rows: counted } = await db.raw(`select count(*)::int as count ${from}`, args)
  const { rows } = await db.raw(
    `select li.id as line_id, o.id as order_id, oi.quantity, oi.fulfilled_quantity, oi.shipped_quantity, ${paidAt} as paid_at ${from} order by o.created_at desc, li.id limit ? offset ?`,
    [...args, params.limit, params.offset]
  )
  const count = counted[0]?.count ?? 0
  if (!rows.length) return { lines: [], count }
  const orderIds = [...new Set(rows.map((r) => r.order_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
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
    ],
    filters: { id: orderIds },
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { id: productIds },
  })
  const profileOf = new Map((products as any[]).map((p) => [p.id, p.shipping_profile?.id ?? null]))
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id"],
    filters: {
      id: [
        ...new Set(
          (orders as any[])
            .flatMap((o) => (o.shipping_methods ?? []).map((m: any) => m.shipping_option_id))
            .filter(Boolean)
        ),
      ],
    },
  })
  const optionProfile = new Map((options as any[]).map((o) => [o.id, o.shipping_profile_id]))
  const orderOf = new Map((orders as any[]).map((o) => [o.id, o]))
  const lines: FarmOrderLine[] = []
  for (const row of rows) {
    const order: any = orderOf.get(row.order_id)
    const item = order?.items?.find((i: any) => i.id === row.line_id)
    if (!item) continue
    const address = order.shipping_address
    const profile = profileOf.get(item.product_id) ?? null
    const method = (order.shipping_methods ?? []).find(
      (m: any) => optionProfile.get(m.shipping_option_id) === profile
    )
    // the order_item row of the order's current version
    const quantity = Number(row.quantity)
    const fulfilled = Number(row.fulfilled_quantity)
    const shipped = Number(row.shipped_quantity)
    lines.push({
      id: item.id,
      order_id: order.id,
      order_display_id: order.display_id,
      placed_at: order.created_at,
      paid_at: row.paid_at ? new Date(row.paid_at).toISOString() : null,
      product_id: item.product_id,
      product_title: item.product_title,
      variant_id: item.variant_id,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      quantity,
      fulfilled_quantity: fulfilled,
      shipped_quantity: shipped,
      unshipped_quantity: quantity - fulfilled,
      shipping_profile_id: profile,
      shipping_method: method?.name ?? null,
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
        .filter(
          (f: any) => !f.canceled_at && (f.items ?? []).some((i: any) => i.line_item_id === item.id)
        )
        .map((f: any) => ({
          fulfillment_id: f.id,
          carrier: f.metadata?.carrier ?? null,
          tracking_numbers: (f.labels ?? []).map((l: any) => l.tracking_number).filter(Boolean),
          shipped_at: f.shipped_at ?? null,
        })),
    })
  }
  return { lines, count }
}
