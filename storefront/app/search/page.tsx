import type { Metadata } from "next"
import Link from "next/link"
import { Pagination } from "@/components/catalog/pagination"
import { ProductGrid } from "@/components/product/product-card"
import { searchProducts, type SearchPage as SearchAnswer } from "@/lib/data/catalog"
import { listTowns, type StoreTown } from "@/lib/data/towns"
import { PAGE_SIZE } from "@/lib/catalog/listing"
import { chinaMonth } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("search.title"), robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function searchHref(q: string, town: string | undefined, page = 1) {
  const params = new URLSearchParams({ q })
  if (town) params.set("town", town)
  if (page > 1) params.set("page", String(page))
  return `/search?${params}`
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const q = first(params.q)?.trim().slice(0, 100) ?? ""
  const town = first(params.town)?.trim() || undefined
  const page = Math.max(1, Number.parseInt(first(params.page) ?? "1", 10) || 1)

  let answer: SearchAnswer | null = null
  let towns: StoreTown[] = []
  if (q) {
    ;[answer, towns] = await Promise.all([
      searchProducts(q, { town, page, pageSize: PAGE_SIZE }).catch(() => null),
      listTowns().catch(() => []),
    ])
  }
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
      <form action="/search" method="get" role="search" className="search-form search-form-page">
        <label htmlFor="search-page-q" className="visually-hidden">
          {t("layout.searchLabel")}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("layout.searchPlaceholder")}
        />
        <button type="submit">{t("layout.searchSubmit")}</button>
      </form>
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
        <nav aria-label={t("search.byTown")} className="search-towns" data-testid="search-towns">
          <ul>
            <li>
              <Link href={searchHref(q, undefined)} aria-current={town ? undefined : "page"}>
                {t("search.allTowns", { count: total })}
              </Link>
            </li>
            {facetTowns.map((facet) => (
              <li key={facet.handle}>
                <Link
                  href={searchHref(q, facet.handle)}
                  aria-current={facet.handle === town ? "page" : undefined}
                >
                  {t("search.townCount", {
                    name: facet.name,
                    count: townCounts.get(facet.handle) ?? 0,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {answer && answer.count === 0 && (
        <p className="notice" data-testid="search-no-results">
          {t("search.noResults", { q })} <Link href="/products">{t("search.browseAll")}</Link>
        </p>
      )}
      {answer && answer.count > 0 && (
        <>
          <p className="muted" role="status" data-testid="search-count">
            {t("search.count", { count: answer.count })}
          </p>
          <ProductGrid products={answer.products} month={chinaMonth()} />
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
