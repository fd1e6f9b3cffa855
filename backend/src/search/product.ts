import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { PROVENANCE_EVENTS } from "../modules/provenance"
import { productSource as source } from "./product-document"
import { productFields as fields } from "./product-fields"
import { productsOfStock, STOCK_EVENTS } from "./stock-events"

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

/**
 * The storefront's product search, held by Medusa's Search Module (its
 * PostgreSQL provider unless another is configured) and served on
 * `POST /store/search` with `entity: "product"`.
 *
 * A document is what a buyer searches by: the product's own text, its
 * categories and tags, where it comes from (partner, village, town), the
 * synonyms buyers use and the pinyin of all of it (product-document.ts).
 * Hits carry ids and handles; the storefront reads prices and stock from
 * Medusa's product routes, which are never stale.
 */
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
    ...STOCK_EVENTS,
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
          if (STOCK_EVENTS.includes(event.name)) {
            return productsOfStock(container.query, event.name, event.data?.id)
          }
          return event.data?.id
      }
    },
  }),
  seed: graphSeed(source),
})
