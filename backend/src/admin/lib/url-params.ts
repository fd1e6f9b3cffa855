import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

export type UrlParamsPatch = Record<string, string | null | undefined>

/**
 * A page's filters kept in the URL (so they survive opening a record and
 * coming back). `update` sets the given parameters, or clears those that are
 * empty; any change but the page's own returns to the first page.
 */
export const useUrlParams = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const update = useCallback(
    (patch: UrlParamsPatch) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          for (const [key, value] of Object.entries(patch)) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          if (!("page" in patch)) next.delete("page")
          return next
        },
        { replace: true }
      ),
    [setSearchParams]
  )
  return [searchParams, update] as const
}

/** `value` if it is one of `options`, else undefined. */
export const oneOf = <T extends string>(options: readonly T[], value: string | null) =>
  options.find((option) => option === value)

/** Rows per page of the shop's lists. */
export const LIST_PAGE_SIZE = 20

/**
 * A list page's search, page and filters, all in the URL (`q`, `page` from 1,
 * and the page's own filters): a new search or filter returns to the first page.
 */
export const useListParams = () => {
  const [searchParams, update] = useUrlParams()
  const q = searchParams.get("q") ?? ""
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "1", 10) - 1 || 0)
  return {
    searchParams,
    update,
    q,
    pageIndex,
    /** the list query's search and page */
    query: { q: q || undefined, limit: LIST_PAGE_SIZE, offset: pageIndex * LIST_PAGE_SIZE },
    onSearch: (next: string) => update({ q: next }),
    /** the table's pager for a list of `count` rows */
    paging: (count: number | undefined) => ({
      count: count ?? 0,
      pageIndex,
      pageSize: LIST_PAGE_SIZE,
      onPageChange: (next: number) => update({ page: next > 0 ? String(next + 1) : undefined }),
    }),
  }
}

export type ListParams = ReturnType<typeof useListParams>
