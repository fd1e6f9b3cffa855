import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createPartnerProductsWorkflow } from "../../workflows/provenance"
import { categories } from "./data/categories"
import { products } from "./data/products"
import type { SeedProduct, Storage } from "./data/types"
import type { SeededPartner } from "./provenance"

async function ensureCategories(container: MedusaContainer) {
  const productModule = container.resolve(Modules.PRODUCT)
  const ids = new Map<string, string>()
  for (const category of categories) {
    const [existing] = await productModule.listProductCategories({ handle: category.handle })
    if (existing) {
      ids.set(category.handle, existing.id)
      continue
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: [
          {
            name: category.name,
            handle: category.handle,
            description: category.description,
            is_active: true,
            parent_category_id: category.parent ? (ids.get(category.parent) ?? null) : null,
          },
        ],
      },
    })
    ids.set(category.handle, result[0].id)
  }
  return ids
}

async function ensureTags(container: MedusaContainer, values: string[]) {
  const productModule = container.resolve(Modules.PRODUCT)
  const unique = Array.from(new Set(values))
  const existing = await productModule.listProductTags({ value: unique })
  const missing = unique.filter((v) => !existing.some((t) => t.value === v))
  if (missing.length) {
    await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
  }
  const all = await productModule.listProductTags({ value: unique })
  return new Map(all.map((t) => [t.value, t.id]))
}

function productInput(
  product: SeedProduct,
  refs: {
    categoryIds: Map<string, string>
    tagIds: Map<string, string>
    profiles: Record<Storage, string>
    salesChannelId: string
  }
) {
  return {
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    handle: product.handle,
    status: "published" as const,
    discountable: true,
    origin_country: "cn",
    shipping_profile_id: refs.profiles[product.storage],
    category_ids: product.categories.map((c) => {
      const id = refs.categoryIds.get(c)
      if (!id) throw new Error(`Seed data: product ${product.handle} names unknown category ${c}`)
      return id
    }),
    tag_ids: product.tags.map((t) => refs.tagIds.get(t)!),
    sales_channels: [{ id: refs.salesChannelId }],
    weight: product.variants[0].weight_g,
    metadata: {
      storage: product.storage,
      harvest_months: product.harvest_months,
      shelf_life: product.shelf_life,
      ...(product.presale_ships_from ? { presale_ships_from: product.presale_ships_from } : {}),
    },
    options: [{ title: product.option_title, values: product.variants.map((v) => v.title) }],
    variants: product.variants.map((v, index) => ({
      title: v.title,
      sku: v.sku,
      options: { [product.option_title]: v.title },
      manage_inventory: true,
      allow_backorder: false,
      weight: v.weight_g,
      variant_rank: index,
      metadata: { net_weight_jin: v.net_weight_jin, unit: v.title.split("/")[1] ?? "件" },
      prices: [{ currency_code: "cny", amount: v.price }],
    })),
  }
}

/**
 * Categories, tags and products; each product linked to its partner and
 * stocked at the partner's own stock location.
 */
export async function ensureCatalog(
  container: MedusaContainer,
  refs: {
    partners: Map<string, SeededPartner>
    profiles: Record<Storage, string>
    salesChannelId: string
  }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)

  const categoryIds = await ensureCategories(container)
  const tagIds = await ensureTags(
    container,
    products.flatMap((p) => p.tags)
  )

  const existing = await productModule.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const missing = products.filter((p) => !existing.some((e) => e.handle === p.handle))
  for (const product of missing) {
    const partner = refs.partners.get(product.partner)
    if (!partner)
      throw new Error(
        `Seed data: product ${product.handle} names unknown partner ${product.partner}`
      )
    await createPartnerProductsWorkflow(container).run({
      input: {
        partner_id: partner.id,
        products: [
          productInput(product, {
            categoryIds,
            tagIds,
            profiles: refs.profiles,
            salesChannelId: refs.salesChannelId,
          }),
        ],
        stock: Object.fromEntries(product.variants.map((v) => [v.sku, v.stock])),
      },
    })
    logger.info(`Seed: product ${product.title} created`)
  }
}
