import type { SearchTypes } from "@medusajs/framework/types"
import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  search,
  type SearchGraphSourceOptions,
} from "@medusajs/framework/utils"
import { PROVENANCE_EVENTS } from "../modules/provenance"
import { indexWords } from "./chinese-words"

/**
 * The storefront's product search, held by Medusa's Search Module (its
 * PostgreSQL provider unless another is configured) and served on
 * `POST /store/search` with `entity: "product"`.
 *
 * A document is what a buyer searches by: the product's own text, its
 * categories and tags, and where it comes from (partner, village, town), all
 * segmented into Chinese words (see chinese-words.ts). Hits carry ids and
 * handles; the storefront reads prices and stock from Medusa's product routes,
 * which are never stale.
 */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  title: search.keyword().sortable(),
  title_words: search.text().searchable({ weight: 3 }).retrievable(false),
  origin_words: search.text().searchable({ weight: 2 }).retrievable(false),
  detail_words: search.text().searchable({ weight: 1 }).retrievable(false),
  town_handle: search.keyword().filterable().facetable(),
  partner_handle: search.keyword().filterable().facetable(),
  category_handles: search.keyword().array().filterable().facetable(),
  created_at: search.date().sortable(),
  // Read by /store/search to keep drafts and other sales channels out, never returned.
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
})

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  created_at: string | Date
  sales_channels?: { id: string }[] | null
  categories?: { handle: string; name: string }[] | null
  tags?: { value: string }[] | null
  partner?: {
    handle: string
    name: string
    town?: { handle: string; name: string } | null
    village?: { name: string } | null
  } | null
}

const source: SearchGraphSourceOptions<typeof fields, ProductRow> = {
  fields: [
    "id",
    "handle",
    "title",
    "subtitle",
    "description",
    "status",
    "created_at",
    "sales_channels.id",
    "categories.handle",
    "categories.name",
    "tags.value",
    "partner.handle",
    "partner.name",
    "partner.town.handle",
    "partner.town.name",
    "partner.village.name",
  ],
  /** Published products only: a draft or a product taken down leaves the index. */
  transform: (rows: ProductRow[]) =>
    rows
      .filter((product) => product.status === "published")
      .map((product) => ({
        id: product.id,
        handle: product.handle,
        title: product.title,
        title_words: indexWords(product.title, product.subtitle),
        origin_words: indexWords(
          product.partner?.name,
          product.partner?.village?.name,
          product.partner?.town?.name
        ),
        detail_words: indexWords(
          product.description,
          ...(product.categories ?? []).map((c) => c.name),
          ...(product.tags ?? []).map((t) => t.value)
        ),
        town_handle: product.partner?.town?.handle ?? null,
        partner_handle: product.partner?.handle ?? null,
        category_handles: (product.categories ?? []).map((c) => c.handle),
        created_at: new Date(product.created_at).toISOString(),
        status: product.status,
        sales_channel_ids: (product.sales_channels ?? []).map((c) => c.id),
      })),
}

type Graph = SearchTypes.SearchIngestionContext["container"]["query"]

type Linked = { id: string } | null | undefined

/** Product ids a provenance or category event touches (their documents carry its names). */
async function productsOf(
  query: Graph,
  entity: "partner" | "town" | "product_category",
  id: string | undefined
): Promise<string[]> {
  if (!id) return []
  const path = entity === "town" ? "partners.products.id" : "products.id"
  const { data } = await query.graph({ entity, fields: [path], filters: { id } })
  const row = data[0] as { products?: Linked[]; partners?: { products?: Linked[] }[] } | undefined
  const products =
    entity === "town"
      ? (row?.partners ?? []).flatMap((p) => p?.products ?? [])
      : (row?.products ?? [])
  return products.flatMap((p) => (p ? [p.id] : []))
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    PROVENANCE_EVENTS.productPartnerSet,
    PROVENANCE_EVENTS.partnerUpdated,
    PROVENANCE_EVENTS.townUpdated,
    "product-category.updated",
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: async (event, { container }) => {
      switch (event.name) {
        case PROVENANCE_EVENTS.partnerUpdated:
          return productsOf(container.query, "partner", event.data?.id)
        case PROVENANCE_EVENTS.townUpdated:
          return productsOf(container.query, "town", event.data?.id)
        case "product-category.updated":
          return productsOf(container.query, "product_category", event.data?.id)
        default:
          return event.data?.id
      }
    },
  }),
  seed: graphSeed(source),
})
