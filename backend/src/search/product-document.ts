import type { SearchGraphSourceOptions } from "@medusajs/framework/utils"
import { indexWords } from "./chinese-words"
import { pinyinWords } from "./pinyin"
import { synonymsOf } from "./synonyms"
import type { productFields } from "./product-fields"

/**
 * How a product becomes a search document. The same document serves every
 * provider (docs/search.md, "The document"): Chinese words pre-segmented,
 * pinyin keys marked, synonyms resolved from backend/src/search/synonyms.ts,
 * stock and season as plain filterable values.
 */
type Level = {
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}

export type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  created_at: string | Date
  metadata?: { harvest_months?: unknown } | null
  sales_channels?: { id: string }[] | null
  categories?: { handle: string; name: string }[] | null
  tags?: { value: string }[] | null
  variants?:
    | {
        manage_inventory?: boolean | null
        allow_backorder?: boolean | null
        inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
      }[]
    | null
  partner?: {
    handle: string
    name: string
    town?: { handle: string; name: string } | null
    village?: { name: string } | null
  } | null
}

type Text = string | null | undefined

/** A searchable field: the Chinese words of `texts` and the marked pinyin keys of `spoken`. */
const words = (texts: Text[], spoken: Text[]) =>
  [indexWords(...texts), pinyinWords(...spoken)].filter(Boolean).join(" ")

const quantity = (value: number | string | null | undefined) => Number(value ?? 0) || 0

/** Whether any variant can be bought now: not stock-managed, backorderable or with stock left. */
export function inStock(product: ProductRow): boolean {
  return (product.variants ?? []).some((variant) => {
    if (!variant.manage_inventory || variant.allow_backorder) return true
    return (variant.inventory_items ?? []).some((item) =>
      (item.inventory?.location_levels ?? []).some(
        (level) => quantity(level.stocked_quantity) - quantity(level.reserved_quantity) > 0
      )
    )
  })
}

function harvestMonths(product: ProductRow): number[] {
  const months = product.metadata?.harvest_months
  return Array.isArray(months)
    ? months.filter((m): m is number => Number.isInteger(m) && m >= 1 && m <= 12)
    : []
}

export const productSource: SearchGraphSourceOptions<typeof productFields, ProductRow> = {
  fields: [
    "id",
    "handle",
    "title",
    "subtitle",
    "description",
    "status",
    "created_at",
    "metadata",
    "sales_channels.id",
    "categories.handle",
    "categories.name",
    "tags.value",
    "variants.manage_inventory",
    "variants.allow_backorder",
    "variants.inventory_items.inventory.location_levels.stocked_quantity",
    "variants.inventory_items.inventory.location_levels.reserved_quantity",
    "partner.handle",
    "partner.name",
    "partner.town.handle",
    "partner.town.name",
    "partner.village.name",
  ],
  transform: (rows: ProductRow[]) => productDocuments(rows),
}

/** Documents of the published products among `rows`: a draft or a product taken down leaves the index. */
export function productDocuments(rows: ProductRow[]) {
  return rows
    .filter((product) => product.status === "published")
    .map((product) => {
      const categories = (product.categories ?? []).map((c) => c.name)
      const synonyms = synonymsOf([product.title, product.subtitle, ...categories])
      const origin = [
        product.partner?.name,
        product.partner?.village?.name,
        product.partner?.town?.name,
      ]
      return {
        id: product.id,
        handle: product.handle,
        title: product.title,
        title_words: words([product.title, product.subtitle], [product.title]),
        synonym_words: words(synonyms, synonyms),
        origin_words: words(origin, origin),
        detail_words: words(
          [product.description, ...categories, ...(product.tags ?? []).map((t) => t.value)],
          categories
        ),
        town_handle: product.partner?.town?.handle ?? null,
        partner_handle: product.partner?.handle ?? null,
        category_handles: (product.categories ?? []).map((c) => c.handle),
        harvest_months: harvestMonths(product),
        in_stock: inStock(product),
        created_at: new Date(product.created_at).toISOString(),
        status: product.status,
        sales_channel_ids: (product.sales_channels ?? []).map((c) => c.id),
      }
    })
}
