import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoredSuggestion } from "../modules/search-suggestion"
import { pinyinKeys } from "./pinyin"
import { familyNamesOf } from "./synonyms"

/**
 * The suggestion table's rows read from the catalogue (docs/search.md,
 * "Suggestions"): published products with their sales channels and family
 * names, active public categories, towns and partners, each with its pinyin
 * keys. Read whole by the worker's build, and for the names an event touched.
 *
 * Bump SUGGESTION_FORMAT when what a row holds changes (pinyin keys, the
 * family rules of synonyms.ts): the worker then builds the table anew.
 */
export const SUGGESTION_FORMAT = "2026-12-02"

type Row = Record<string, unknown>
type Linked = { id: string } | null
type Named = { id: string; handle?: string | null; name?: string | null }
type Category = Named & { is_active?: boolean; is_internal?: boolean; products?: Linked[] }
type Product = { id: string; handle: string; title: string; sales_channels?: Linked[] }

/** What an event touched, by kind: the ids whose rows to write again. */
export type TouchedNames = {
  product: Set<string>
  category: Set<string>
  town: Set<string>
  partner: Set<string>
}

export const noneTouched = (): TouchedNames => ({
  product: new Set(),
  category: new Set(),
  town: new Set(),
  partner: new Set(),
})

function pinyinOf(names: string[]): Record<string, string[]> {
  return Object.fromEntries(names.map((name) => [name, pinyinKeys(name)]))
}

function productRow(product: Product, categoryNames: string[]): StoredSuggestion {
  const family = familyNamesOf(product.title, categoryNames)
  return {
    kind: "product",
    source_id: product.id,
    handle: product.handle,
    text: product.title,
    sales_channel_ids: (product.sales_channels ?? []).flatMap((c) => (c ? [c.id] : [])),
    family,
    pinyin: pinyinOf([product.title, ...family]),
  }
}

function namedRow(kind: "category" | "town" | "partner", row: Named): StoredSuggestion[] {
  if (!row.handle || !row.name) return []
  const { id, handle, name } = row
  const base = { kind, source_id: id, handle, text: name, sales_channel_ids: null, family: null }
  return [{ ...base, pinyin: pinyinOf([name]) }]
}

const usable = (category: Category) => !!category.is_active && !category.is_internal

function graphOf(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return async <T>(entity: string, fields: string[], filters?: Row) =>
    (await query.graph({ entity, fields, ...(filters ? { filters } : {}) })).data as T[]
}

/** Every row of the table. Categories' products are read from the categories' side (docs/search.md, "Speed"). */
export async function allSuggestions(container: MedusaContainer): Promise<StoredSuggestion[]> {
  const graph = graphOf(container)
  const [products, towns, partners, categories] = await Promise.all([
    graph<Product>("product", ["id", "handle", "title", "sales_channels.id"], {
      status: "published",
    }),
    graph<Named>("town", ["id", "handle", "name"]),
    graph<Named>("partner", ["id", "handle", "name"]),
    graph<Category>("product_category", [
      "id",
      "handle",
      "name",
      "is_active",
      "is_internal",
      "products.id",
    ]),
  ])
  const categoryNames = new Map<string, string[]>()
  for (const category of categories) {
    for (const product of category.products ?? []) {
      if (!product || !category.name) continue
      categoryNames.set(product.id, [...(categoryNames.get(product.id) ?? []), category.name])
    }
  }
  return [
    ...products.map((p) => productRow(p, categoryNames.get(p.id) ?? [])),
    ...categories.filter(usable).flatMap((c) => namedRow("category", c)),
    ...towns.flatMap((t) => namedRow("town", t)),
    ...partners.flatMap((p) => namedRow("partner", p)),
  ]
}

/**
 * The rows of the products, towns and partners an event touched, and the
 * ones to remove (a product unpublished or deleted, a name gone). A touched
 * category is not handled here: its products' family names follow its name,
 * so the writer builds the table whole (suggestion-writer.ts).
 */
export async function touchedSuggestions(
  container: MedusaContainer,
  touched: TouchedNames
): Promise<{
  entries: StoredSuggestion[]
  removed: Pick<StoredSuggestion, "kind" | "source_id">[]
}> {
  const graph = graphOf(container)
  const entries: StoredSuggestion[] = []
  const removed: Pick<StoredSuggestion, "kind" | "source_id">[] = []
  const keep = (kind: StoredSuggestion["kind"], ids: Set<string>, found: StoredSuggestion[]) => {
    entries.push(...found)
    const seen = new Set(found.map((row) => row.source_id))
    for (const id of ids) if (!seen.has(id)) removed.push({ kind, source_id: id })
  }
  const productIds = touched.product
  if (productIds.size) {
    type WithCategories = Product & { status: string; categories?: { name?: string | null }[] }
    const products = await graph<WithCategories>(
      "product",
      ["id", "handle", "title", "status", "sales_channels.id", "categories.name"],
      { id: [...productIds] }
    )
    const published = products.filter((p) => p.status === "published")
    const names = (p: WithCategories) =>
      (p.categories ?? []).flatMap((c) => (c?.name ? [c.name] : []))
    keep(
      "product",
      productIds,
      published.map((p) => productRow(p, names(p)))
    )
  }
  for (const kind of ["town", "partner"] as const) {
    if (!touched[kind].size) continue
    const rows = await graph<Named>(kind, ["id", "handle", "name"], { id: [...touched[kind]] })
    keep(
      kind,
      touched[kind],
      rows.flatMap((row) => namedRow(kind, row))
    )
  }
  return { entries, removed }
}
