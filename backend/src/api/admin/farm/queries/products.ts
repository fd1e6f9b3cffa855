import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../modules/farm"
import type { FarmProduct, FarmVariant } from "../../../../types/http/farm"

/** The farm a query reads for: its partner and stock location. */
export type FarmScope = { partner_id: string; location_id: string | null }

type ProductRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  metadata: { storage?: string; presale_ships_from?: string } | null
  shipping_profile: { id: string } | null
  variants: {
    id: string
    title: string
    sku: string | null
    variant_rank: number | null
    inventory_items: { inventory_item_id: string }[] | null
  }[]
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
  const [partner] = data as { products?: { id: string }[] }[]
  return (partner?.products ?? []).map((p) => p.id)
}

/** The partner's products with their variants and each variant's stock at the farm's location. */
export async function listFarmProducts(
  container: MedusaContainer,
  farm: FarmScope,
  options: { product_ids?: string[] } = {}
): Promise<FarmProduct[]> {
  const ids = options.product_ids ?? (await farmProductIds(container, farm.partner_id))
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
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
  const products = data as ProductRow[]
  const itemIds = products.flatMap((p) =>
    (p.variants ?? []).map((v) => v.inventory_items?.[0]?.inventory_item_id).filter(isText)
  )
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
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
  const levelOf = new Map(levels.map((l) => [l.inventory_item_id, l]))
  const thresholdOf = new Map(settings.map((s) => [s.variant_id, s.low_stock_threshold]))
  return products
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
          (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.title.localeCompare(b.title)
        )
        .map((v): FarmVariant => {
          const itemId = v.inventory_items?.[0]?.inventory_item_id ?? null
          const level = itemId ? levelOf.get(itemId) : undefined
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)
          const threshold = thresholdOf.get(v.id) ?? null
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

/** The farm's product, or a 404 (also for another partner's product). */
export async function farmProduct(
  container: MedusaContainer,
  farm: FarmScope,
  productId: string
): Promise<FarmProduct> {
  const ids = await farmProductIds(container, farm.partner_id)
  if (!ids.includes(productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${productId}" not found`)
  }
  return (await listFarmProducts(container, farm, { product_ids: [productId] }))[0]
}

const isText = (value: string | null | undefined): value is string => !!value
