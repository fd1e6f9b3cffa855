import Link from "next/link"
import type { StoreTown } from "@http/provenance"
import { t } from "@/lib/messages"

/** The search page's link for a query, town and page (page 1 and no town left out). */
export function searchHref(q: string, town: string | undefined, page = 1) {
  const params = new URLSearchParams({ q })
  if (town) params.set("town", town)
  if (page > 1) params.set("page", String(page))
  return `/search?${params}`
}

/** Matches per town: "全部" and each town with matches (or the one chosen), the chosen one current. */
export function TownFacets({
  q,
  town,
  towns,
  counts,
  total,
}: {
  q: string
  town?: string
  towns: StoreTown[]
  counts: Map<string, number>
  total: number
}) {
  return (
    <nav aria-label={t("search.byTown")} className="search-towns" data-testid="search-towns">
      <ul>
        <li>
          <Link href={searchHref(q, undefined)} aria-current={town ? undefined : "page"}>
            {t("search.allTowns", { count: total })}
          </Link>
        </li>
        {towns.map((facet) => (
          <li key={facet.handle}>
            <Link
              href={searchHref(q, facet.handle)}
              aria-current={facet.handle === town ? "page" : undefined}
            >
              {t("search.townCount", { name: facet.name, count: counts.get(facet.handle) ?? 0 })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
