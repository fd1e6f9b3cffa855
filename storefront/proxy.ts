import { type NextRequest, NextResponse } from "next/server"
import { chinaMonth } from "@shared/china-time"
import { cachedPath } from "@/lib/page-cache/paths"

/**
 * Serves the home, catalog, product, town and partner pages from Next's cache:
 * their public URLs are rewritten to the cached routes under /cached/<month>/
 * (lib/page-cache/paths.ts). The browser's URL does not change. Server
 * actions (POST) go to the same route, which renders them per request.
 * STOREFRONT_PAGE_CACHE=off renders every page per request instead (the
 * benchmark's "before"; a way out should the cache ever misbehave).
 */
export function proxy(request: NextRequest) {
  if (process.env.STOREFRONT_PAGE_CACHE === "off") return NextResponse.next()
  const { pathname, searchParams } = request.nextUrl
  const target = cachedPath(pathname, searchParams, chinaMonth())
  if (!target) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = target
  url.search = ""
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ["/", "/products", "/products/:handle", "/towns/:handle", "/partners/:handle"],
}
