import Link from "next/link"
import { PAGE_SIZE } from "@/lib/catalog/listing"
import { chinaMonth } from "@shared/china-time"
import { searchAlternatives, searchProducts, type SearchPage } from "@/lib/data/search"
import type { StoreTown } from "@http/provenance"
import { listTowns } from "@/lib/data/towns"
import { listMyCardUnitPrices } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-card"
import { SearchForm } from "../components/search-form"
import { searchHref, TownFacets } from "../components/town-facets"

/** The search page: the query's matches, by town, a page at a time; Chinese empty and no-result states. */
export async function SearchTemplate({
  q,
  town,
  page,
}: {
  q: string
  town?: string
  page: number
}) {
  let answer: SearchPage | null = null
  let towns: StoreTown[] = []
  if (q) {
    ;[answer, towns] = await Promise.all([
      searchProducts(q, { town, page, pageSize: PAGE_SIZE }).catch(() => null),
      listTowns().catch(() => []),
    ])
  }
  // Nothing found: the products matching any one word, and products in stock, instead of an empty page.
  const alternatives = answer && answer.count === 0 && !town ? await searchAlternatives(q) : null
  const shown = [
    ...(answer?.products ?? []),
    ...(alternatives?.nearest ?? []),
    ...(alternatives?.popular ?? []),
  ]
  const unitPrices = await listMyCardUnitPrices(shown.map((p) => p.id))
  const pages = answer ? Math.max(1, Math.ceil(answer.count / PAGE_SIZE)) : 1
  const townCounts = new Map(answer?.towns.map((f) => [f.handle, f.count]) ?? [])
  // With a town chosen, the count is that town's: the facet counts (which ignore the town filter) add up to all matches.
  const total = !answer
    ? 0
    : town
      ? [...townCounts.values()].reduce((sum, n) => sum + n, 0)
      : answer.count
  const facetTowns = towns.filter(
    (candidate) => townCounts.has(candidate.handle) || candidate.handle === town
  )

  return (
    <div className="search-page">
      <h1>{q ? t("search.resultsFor", { q }) : t("search.title")}</h1>
      <SearchForm id="search-page-q" className="search-form search-form-page" defaultValue={q} />
      {!q && (
        <p className="notice" data-testid="search-empty">
          {t("search.empty")}
        </p>
      )}
      {q && answer === null && (
        <p role="alert" className="notice">
          {t("catalog.unavailable")}
        </p>
      )}
      {answer && facetTowns.length > 0 && (
        <TownFacets q={q} town={town} towns={facetTowns} counts={townCounts} total={total} />
      )}
      {answer && answer.count === 0 && (
        <p className="notice" data-testid="search-no-results">
          {t("search.noResults", { q })} <Link href="/products">{t("search.browseAll")}</Link>
        </p>
      )}
      {alternatives && alternatives.nearest.length > 0 && (
        <section aria-labelledby="search-nearest" data-testid="search-nearest">
          <h2 id="search-nearest">{t("search.nearestHeading")}</h2>
          <ProductGrid
            products={alternatives.nearest}
            month={chinaMonth()}
            unitPrices={unitPrices}
          />
        </section>
      )}
      {alternatives && alternatives.popular.length > 0 && (
        <section aria-labelledby="search-popular" data-testid="search-popular">
          <h2 id="search-popular">{t("search.popularHeading")}</h2>
          <ProductGrid
            products={alternatives.popular}
            month={chinaMonth()}
            unitPrices={unitPrices}
          />
        </section>
      )}
      {answer && answer.count > 0 && (
        <>
          <p className="muted" role="status" data-testid="search-count">
            {t("search.count", { count: answer.count })}
          </p>
          <ProductGrid products={answer.products} month={chinaMonth()} unitPrices={unitPrices} />
          <Pagination
            page={Math.min(page, pages)}
            pages={pages}
            href={(n) => searchHref(q, town, n)}
          />
        </>
      )}
    </div>
  )
}
