import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SuggestTable, type SuggestionEntry } from "./suggest-table"
import { familyNamesOf } from "./synonyms"

/**
 * The suggestion table of this process: built from the catalogue on first
 * use, rebuilt on the next lookup after a change (the search subscriber marks
 * it stale on product, category, partner and town events) and at the latest
 * MAX_AGE_MS after it was built, for processes that do not receive events
 * (a server beside a separate worker). After a change the next lookup waits
 * for the new table (an unpublished product must not be suggested); a table
 * that is merely old answers while its successor loads.
 */
const MAX_AGE_MS = 60_000

let table: SuggestTable | null = null
let builtAt = 0
let stale = true
let building: Promise<SuggestTable> | null = null

type Row = Record<string, unknown>
type Named = { handle?: string | null; name?: string | null }
type Linked = { id: string } | null

async function load(container: MedusaContainer): Promise<SuggestTable> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const graph = async (entity: string, fields: string[], filters?: Row) =>
    (await query.graph({ entity, fields, ...(filters ? { filters } : {}) })).data as Row[]
  // A product's categories are read from the categories' side: asking for
  // `categories.name` on 10,000 products takes minutes (docs/search.md, "Speed").
  const [products, towns, partners, allCategories] = await Promise.all([
    graph("product", ["id", "handle", "title", "sales_channels.id"], { status: "published" }),
    graph("town", ["handle", "name"]),
    graph("partner", ["handle", "name"]),
    graph("product_category", ["handle", "name", "is_active", "is_internal", "products.id"]),
  ])
  type Category = Named & { is_active?: boolean; is_internal?: boolean; products?: Linked[] }
  type Product = { id: string; handle: string; title: string; sales_channels?: Linked[] }
  const categoryNames = new Map<string, string[]>()
  for (const category of allCategories as Category[]) {
    for (const product of category.products ?? []) {
      if (!product || !category.name) continue
      categoryNames.set(product.id, [...(categoryNames.get(product.id) ?? []), category.name])
    }
  }
  const categories = (allCategories as Category[]).filter((c) => c.is_active && !c.is_internal)
  const named = (kind: "town" | "partner" | "category", rows: Named[]): SuggestionEntry[] =>
    rows.flatMap((row) =>
      row.handle && row.name ? [{ text: row.name, kind, handle: row.handle }] : []
    )
  return new SuggestTable([
    ...(products as Product[]).map((p) => ({
      text: p.title,
      kind: "product" as const,
      handle: p.handle,
      sales_channel_ids: (p.sales_channels ?? []).flatMap((c) => (c ? [c.id] : [])),
      family: familyNamesOf(p.title, categoryNames.get(p.id) ?? []),
    })),
    ...named("category", categories),
    ...named("town", towns as Named[]),
    ...named("partner", partners as Named[]),
  ])
}

function rebuild(container: MedusaContainer): Promise<SuggestTable> {
  stale = false
  building ??= load(container)
    .then((fresh) => {
      table = fresh
      builtAt = Date.now()
      return fresh
    })
    .catch((error: unknown) => {
      stale = true
      throw error
    })
    .finally(() => {
      building = null
    })
  return building
}

/** The current table, rebuilt first if the catalogue changed since it was built. */
export async function suggestTable(container: MedusaContainer): Promise<SuggestTable> {
  if (!table || stale) return building ?? rebuild(container)
  if (Date.now() - builtAt > MAX_AGE_MS) {
    rebuild(container).catch((error: unknown) =>
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Search suggestions: ${String(error)}`)
    )
  }
  return table
}

/** Called on catalogue changes: the next lookup starts a rebuild. */
export function markSuggestionsStale(): void {
  stale = true
}
