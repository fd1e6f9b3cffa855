/**
 * What a bulk order's rows name, read once for the whole file (one query per
 * kind of thing, never per row): the variants by SKU with their product,
 * partner, town, stock location and storage; the stock levels at the
 * partners' locations; the region and the member's customer groups; and the
 * seeded shipping options by type code.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { FreightClass } from "../../../shared/freight"
import { queryRows } from "../../../utils/query"

export type CatalogVariant = {
  id: string
  sku: string
  title: string
  weight_grams: number
  /** net weight in 斤 (variant metadata), for the template's list */
  net_weight_jin: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  price_set_id: string | null
  product: {
    id: string
    title: string
    status: string
    in_channel: boolean
    storage: FreightClass
    presale_ships_from: string | null
  }
  partner: { id: string; name: string; is_active: boolean; location_id: string | null } | null
  town: { id: string; name: string } | null
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  weight: number | null
  metadata: Record<string, unknown> | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  price_set: { id: string } | null
  inventory_items: { inventory_item_id: string; required_quantity: number | null }[] | null
  product: {
    id: string
    title: string
    status: string
    metadata: Record<string, unknown> | null
    sales_channels: { id: string }[] | null
    partner: {
      id: string
      name: string
      is_active: boolean
      town: { id: string; name: string } | null
      stock_location: { id: string } | null
    } | null
  } | null
}

/** The variants of these SKUs (deleted ones are not found), keyed by SKU. */
export async function variantsBySku(
  container: MedusaContainer,
  skus: string[],
  salesChannelIds: string[]
): Promise<Map<string, CatalogVariant>> {
  const found = new Map<string, CatalogVariant>()
  if (!skus.length) return found
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows = await queryRows<VariantRow>(query, {
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "title",
      "weight",
      "metadata",
      "manage_inventory",
      "allow_backorder",
      "price_set.id",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
      "product.id",
      "product.title",
      "product.status",
      "product.metadata",
      "product.sales_channels.id",
      "product.partner.id",
      "product.partner.name",
      "product.partner.is_active",
      "product.partner.town.id",
      "product.partner.town.name",
      "product.partner.stock_location.id",
    ],
    filters: { sku: skus },
  })
  for (const v of rows) {
    if (!v.sku || !v.product) continue
    const meta = v.product.metadata ?? {}
    const partner = v.product.partner
    found.set(v.sku, {
      id: v.id,
      sku: v.sku,
      title: v.title ?? "",
      weight_grams: Math.max(0, Math.round(Number(v.weight ?? 0)) || 0),
      net_weight_jin:
        v.metadata?.net_weight_jin !== undefined && v.metadata?.net_weight_jin !== null
          ? String(v.metadata.net_weight_jin)
          : null,
      manage_inventory: v.manage_inventory !== false,
      allow_backorder: v.allow_backorder === true,
      price_set_id: v.price_set?.id ?? null,
      product: {
        id: v.product.id,
        title: v.product.title,
        status: v.product.status,
        in_channel:
          !salesChannelIds.length ||
          (v.product.sales_channels ?? []).some((c) => salesChannelIds.includes(c.id)),
        storage: meta.storage === "cold_chain" ? "cold_chain" : "ambient",
        presale_ships_from:
          typeof meta.presale_ships_from === "string" && meta.presale_ships_from
            ? meta.presale_ships_from
            : null,
      },
      partner: partner
        ? {
            id: partner.id,
            name: partner.name,
            is_active: partner.is_active,
            location_id: partner.stock_location?.id ?? null,
          }
        : null,
      town: partner?.town ?? null,
      inventory: (v.inventory_items ?? []).map((i) => ({
        inventory_item_id: i.inventory_item_id,
        required_quantity: i.required_quantity ?? 1,
      })),
    })
  }
  return found
}

/** Available units (stocked − reserved) of each inventory item at a location: key `item|location`. */
export async function availableAt(
  container: MedusaContainer,
  itemIds: string[],
  locationIds: string[]
): Promise<Map<string, number>> {
  const available = new Map<string, number>()
  if (!itemIds.length || !locationIds.length) return available
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: itemIds, location_id: locationIds },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  for (const level of levels) {
    const free = Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
    available.set(`${level.inventory_item_id}|${level.location_id}`, Math.max(0, free))
  }
  return available
}

export type PricingContext = {
  region_id: string | null
  currency_code: string
  customer_id: string
  group_ids: string[]
}

/** The context a verified member's cart would price with: the store's region, its currency, the groups. */
export async function pricingContextOf(
  container: MedusaContainer,
  customerId: string
): Promise<PricingContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [regions, customers] = await Promise.all([
    queryRows<{ id: string; currency_code: string }>(query, {
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { currency_code: "cny" },
    }),
    queryRows<{ id: string; groups: { id: string }[] | null }>(query, {
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: customerId },
    }),
  ])
  return {
    region_id: regions[0]?.id ?? null,
    currency_code: regions[0]?.currency_code ?? "cny",
    customer_id: customerId,
    group_ids: (customers[0]?.groups ?? []).map((g) => g.id),
  }
}

/** The seeded shipping options' type codes present in the shop (standard, cold-chain, freight, …). */
export async function shippingTypeCodes(container: MedusaContainer): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows = await queryRows<{ type: { code: string } | null }>(query, {
    entity: "shipping_option",
    fields: ["type.code"],
  })
  return new Set(rows.map((r) => r.type?.code).filter((c): c is string => !!c))
}

/** The SKUs of the published products in the store's sales channels (the template's 商品清单). */
export async function orderableSkus(
  container: MedusaContainer,
  salesChannelIds: string[]
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = await queryRows<{
    sales_channels: { id: string }[] | null
    variants: { sku: string | null; variant_rank?: number | null }[] | null
  }>(query, {
    entity: "product",
    fields: ["id", "sales_channels.id", "variants.sku", "variants.variant_rank"],
    filters: { status: "published" },
  })
  return products
    .filter(
      (p) =>
        !salesChannelIds.length ||
        (p.sales_channels ?? []).some((c) => salesChannelIds.includes(c.id))
    )
    .flatMap((p) =>
      [...(p.variants ?? [])]
        .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        .map((v) => v.sku)
    )
    .filter((sku): sku is string => !!sku)
}
