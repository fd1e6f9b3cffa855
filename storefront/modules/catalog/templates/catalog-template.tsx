import { withDescendants } from "@/lib/catalog/categories"
import { catalogHref, type CatalogQuery, filterAndSort, paginate } from "@/lib/catalog/listing"
import type { StoreCategory, StoreProduct } from "@/lib/catalog/types"
import { listCategories } from "@/lib/data/categories"
import { listCatalogue, listProductsInCategories } from "@/lib/data/products"
import type { StoreTown } from "@http/provenance"
import { listTowns } from "@/lib/data/towns"
import { t } from "@/lib/messages"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-card"
import { CatalogFilters } from "../components/catalog-filters"

/** Partners that sell something, from the catalogue (narrowed to the chosen town). */
function sellingPartners(products: StoreProduct[], town?: string): Map<string, string> {
  const partners = new Map<string, string>()
  for (const p of products) {
    if (p.partner && (!town || p.partner.town?.handle === town))
      partners.set(p.partner.handle, p.partner.name)
  }
  return partners
}

/**
 * The catalog: filters, the count, a page of the filtered and sorted products,
 * page links. The same for everyone (a unit member's prices are read in the browser).
 */
export async function CatalogTemplate({
  query,
  month,
}: {
  query: CatalogQuery
  /** this month in China (the 当季 filter, order and badges) */
  month: number
}) {
  let all: StoreProduct[]
  let categories: StoreCategory[]
  let towns: StoreTown[]
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

  return (
    <div className="catalog">
      <h1>{t("catalog.title")}</h1>
      <CatalogFilters
        query={query}
        towns={towns}
        partners={sellingPartners(all, query.town)}
        categories={categories}
      />
      <p className="muted" role="status" data-testid="catalog-count">
        {t("catalog.count", { count: total })}
      </p>
      {items.length ? (
        <ProductGrid products={items} month={month} unitPrices="deferred" />
      ) : (
        <p className="notice">{t("catalog.empty")}</p>
      )}
      <Pagination page={page} pages={pages} href={(n) => catalogHref(query, { page: n })} />
    </div>
  )
}
