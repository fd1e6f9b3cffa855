import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { Pagination } from "@/components/catalog/pagination"
import { ProductGrid } from "@/components/product/product-card"
import {
  listCatalogue,
  listCategories,
  listProductsInCategories,
  type StoreCategory,
  type StoreProduct,
} from "@/lib/data/catalog"
import { listTowns } from "@/lib/data/towns"
import {
  catalogHref,
  filterAndSort,
  paginate,
  parseCatalogQuery,
  type Sort,
} from "@/lib/catalog/listing"
import { chinaMonth } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("catalog.title") }

const SORT_LABELS: Record<Sort, string> = {
  newest: t("catalog.sortNewest"),
  price_asc: t("catalog.sortPriceAsc"),
  price_desc: t("catalog.sortPriceDesc"),
}

/** A query string with its keys sorted, for comparing two queries. */
function sortedQuery(params: Record<string, string | string[] | undefined>): string {
  const entries = Object.entries(params)
    .flatMap(([key, value]) =>
      Array.isArray(value) ? value.map((v) => [key, v]) : value === undefined ? [] : [[key, value]]
    )
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y))
  const qs = new URLSearchParams(entries).toString()
  return qs ? `?${qs}` : ""
}

/** A category with its descendants: the seed files produce under both, but an admin may not. */
function withDescendants(categories: StoreCategory[], id: string): string[] {
  const ids = [id]
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories)
      if (c.parent_category_id === ids[i] && !ids.includes(c.id)) ids.push(c.id)
  }
  return ids
}

/** Category names indented under their parents, for the select. */
function categoryOptions(categories: StoreCategory[]) {
  const out: { handle: string; label: string }[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const c of categories.filter((c) => (c.parent_category_id ?? null) === parent)) {
      out.push({ handle: c.handle, label: `${"\u3000".repeat(depth)}${c.name}` })
      walk(c.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const query = parseCatalogQuery(params)
  // The filter form (a plain GET form, no JavaScript) sends empty fields and defaults: answer with the short URL.
  const canonical = catalogHref(query)
  if (
    sortedQuery(params) !==
    sortedQuery(Object.fromEntries(new URLSearchParams(canonical.split("?")[1] ?? "")))
  ) {
    redirect(canonical)
  }
  const month = chinaMonth()
  let all: StoreProduct[]
  let categories: StoreCategory[]
  let towns
  try {
    ;[all, categories, towns] = await Promise.all([listCatalogue(), listCategories(), listTowns()])
  } catch {
    return (
      <p role="alert" className="notice">
        {t("catalog.unavailable")}
      </p>
    )
  }
  const category = query.category ? categories.find((c) => c.handle === query.category) : undefined
  const inCategory = category
    ? await listProductsInCategories(withDescendants(categories, category.id))
    : all
  const products = filterAndSort(category || !query.category ? inCategory : [], query, month)
  const { items, page, pages, total } = paginate(products, query.page)

  // Partners that sell something, from the catalogue (narrowed to the chosen town).
  const partners = new Map<string, string>()
  for (const p of all) {
    if (p.partner && (!query.town || p.partner.town?.handle === query.town))
      partners.set(p.partner.handle, p.partner.name)
  }

  return (
    <div className="catalog">
      <h1>{t("catalog.title")}</h1>
      <form
        method="get"
        action="/products"
        className="filters"
        aria-labelledby="filters-heading"
        data-testid="filters"
      >
        <h2 id="filters-heading" className="visually-hidden">
          {t("catalog.filtersHeading")}
        </h2>
        <div className="field">
          <label htmlFor="filter-town">{t("catalog.town")}</label>
          <select id="filter-town" name="town" defaultValue={query.town ?? ""}>
            <option value="">{t("catalog.all")}</option>
            {towns.map((town) => (
              <option key={town.handle} value={town.handle}>
                {town.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-partner">{t("catalog.partner")}</label>
          <select id="filter-partner" name="partner" defaultValue={query.partner ?? ""}>
            <option value="">{t("catalog.all")}</option>
            {[...partners].map(([handle, name]) => (
              <option key={handle} value={handle}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">{t("catalog.category")}</label>
          <select id="filter-category" name="category" defaultValue={query.category ?? ""}>
            <option value="">{t("catalog.all")}</option>
            {categoryOptions(categories).map((c) => (
              <option key={c.handle} value={c.handle}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sort">{t("catalog.sort")}</label>
          <select id="filter-sort" name="sort" defaultValue={query.sort}>
            {(Object.keys(SORT_LABELS) as Sort[]).map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id="filter-season"
            type="checkbox"
            name="season"
            value="1"
            defaultChecked={query.season}
          />
          <label htmlFor="filter-season">{t("catalog.inSeason")}</label>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t("catalog.apply")}
          </button>
          <Link href="/products" className="button button-quiet">
            {t("catalog.reset")}
          </Link>
        </div>
      </form>

      <p className="muted" role="status" data-testid="catalog-count">
        {t("catalog.count", { count: total })}
      </p>
      {items.length ? (
        <ProductGrid products={items} month={month} />
      ) : (
        <p className="notice">{t("catalog.empty")}</p>
      )}

      <Pagination page={page} pages={pages} href={(n) => catalogHref(query, { page: n })} />
    </div>
  )
}
