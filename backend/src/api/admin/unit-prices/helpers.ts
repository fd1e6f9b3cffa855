import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type {
  AdminUnitPriceProduct,
  AdminUnitPriceVariant,
  AdminUnitPriceVariantResponse,
} from "../../../types/http/unit-prices"
import {
  findUnitPriceListId,
  pricesBySet,
  retailPrice,
  unitTiers,
} from "../../../workflows/unit-prices"

type GraphVariant = {
  id: string
  title: string | null
  sku: string | null
  variant_rank?: number | null
  price_set?: { id: string } | null
}

type GraphProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants?: GraphVariant[] | null
}

const VARIANT_FIELDS = ["id", "title", "sku", "variant_rank", "price_set.id"]

/** The product fields of the unit price list (its variants and their price sets). */
export const UNIT_PRICE_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  ...VARIANT_FIELDS.map((f) => `variants.${f}`),
]

export const unitPriceListId = (container: MedusaContainer) =>
  findUnitPriceListId(container.resolve<IPricingModuleService>(Modules.PRICING))

/**
 * Variants as the unit price pages show them: retail price and unit tiers,
 * nothing else of their prices (variants keep their order).
 */
export async function withUnitPrices(
  container: MedusaContainer,
  variants: GraphVariant[]
): Promise<AdminUnitPriceVariant[]> {
  const setIds = variants.map((v) => v.price_set?.id).filter((id): id is string => !!id)
  const [prices, listId] = await Promise.all([
    pricesBySet(container, setIds),
    unitPriceListId(container),
  ])
  return variants.map((v) => {
    const own = (v.price_set && prices.get(v.price_set.id)) || []
    return {
      id: v.id,
      title: v.title,
      sku: v.sku,
      retail_price: retailPrice(own),
      tiers: unitTiers(own, listId),
    }
  })
}

/** Products with their variants (in rank order), each with its retail price and unit tiers. */
export async function toUnitPriceProducts(
  container: MedusaContainer,
  products: GraphProduct[]
): Promise<AdminUnitPriceProduct[]> {
  const ranked = products.map((p) =>
    [...(p.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
  )
  const priced = await withUnitPrices(container, ranked.flat())
  const byId = new Map(priced.map((v) => [v.id, v]))
  return products.map((p, i) => ({
    id: p.id,
    title: p.title,
    handle: p.handle,
    thumbnail: p.thumbnail,
    variants: ranked[i].map((v) => byId.get(v.id)!),
  }))
}

/** One variant with its product, its retail price and its unit tiers, or a 404. */
export async function loadUnitPriceVariant(
  container: MedusaContainer,
  variantId: string
): Promise<AdminUnitPriceVariantResponse["variant"]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: [...VARIANT_FIELDS, "product.id", "product.title"],
    filters: { id: variantId },
  })
  const variant = data[0] as (GraphVariant & { product: { id: string; title: string } }) | undefined
  if (!variant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `没有这个商品规格：${variantId}`)
  }
  const [priced] = await withUnitPrices(container, [variant])
  return { ...priced, product: { id: variant.product.id, title: variant.product.title } }
}
