/**
 * Where the pages served from Next's cache live. The public URLs (`/`,
 * `/products?…`, `/products/<handle>`, `/towns/<handle>`, `/partners/<handle>`)
 * are rewritten by proxy.ts to `/cached/<month>/…`: routes rendered once per
 * path and kept in Next's cache (incremental static regeneration) until a
 * backend event expires their tags (app/api/revalidate). The month in China is
 * part of the path because the pages show this month's produce first and mark
 * it 当季, so a new month is a new page; the catalog's query string (already in
 * its short form, see `catalogRedirect`) is the last segment.
 *
 * Pure: no server imports (proxy.ts and the pages both use it).
 */
import { catalogHref, catalogRedirect, parseCatalogQuery } from "@/lib/catalog/listing"

export const CACHED_PREFIX = "/cached"

/** The catalog key of the default query (a path segment cannot be empty). */
const ALL = "all"

type Params = Record<string, string | string[] | undefined>

/** The query string as a params record (repeated keys kept), without Next's own `_rsc`. */
export function paramsOf(search: URLSearchParams): Params {
  const params: Params = {}
  for (const [key, value] of search) {
    if (key === "_rsc") continue
    const known = params[key]
    params[key] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value]
  }
  return params
}

/** A month in the path: 1–12 without a leading zero, else null. */
export function monthOf(segment: string): number | null {
  return /^(?:[1-9]|1[0-2])$/.test(segment) ? Number(segment) : null
}

/** A catalog query string in its short form (catalogHref: no defaults, keys in one order). */
function shortQuery(params: Params): string {
  return catalogHref(parseCatalogQuery(params)).split("?")[1] ?? ""
}

/** The catalog key of a query in its short form. */
export function catalogKey(params: Params): string {
  const query = shortQuery(params)
  return query ? encodeURIComponent(query) : ALL
}

/** The catalog params of a key (decoded), or null for a key that is not exactly a short query. */
export function catalogParams(key: string): Params | null {
  if (key === ALL) return {}
  const params = paramsOf(new URLSearchParams(key))
  return key !== "" && shortQuery(params) === key ? params : null
}

const HANDLE = "[a-z0-9][a-z0-9_-]{0,199}"
const DETAIL = new RegExp(`^/(products|towns|partners)/(${HANDLE})/?$`)

/**
 * The cached path of a public page in the given month, or null when the page
 * is not served from the cache (another path, or a catalog query that is not
 * in its short form: the page itself redirects it).
 */
export function cachedPath(pathname: string, search: URLSearchParams, month: number) {
  if (pathname === "/") return `${CACHED_PREFIX}/${month}/home`
  if (pathname === "/products") {
    const params = paramsOf(search)
    // a value that needs escaping (a handle outside a-z, 0-9, - and _) is rendered per request
    if (catalogRedirect(params) || shortQuery(params).includes("%")) return null
    return `${CACHED_PREFIX}/${month}/catalog/${catalogKey(params)}`
  }
  const detail = DETAIL.exec(pathname)
  return detail ? `${CACHED_PREFIX}/${month}/${detail[1]}/${detail[2]}` : null
}
