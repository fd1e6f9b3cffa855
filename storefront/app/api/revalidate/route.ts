import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { z } from "zod"
import { isStorefrontTag, STOREFRONT_TAGS } from "@shared/storefront-tags"

/**
 * POST /api/revalidate: the backend's product, price and inventory events
 * expire the storefront's cached catalogue reads at once, so no page shows
 * a stale price or stock. Header `x-revalidate-secret` must equal
 * STOREFRONT_REVALIDATE_SECRET; body `{ tags?: string[] }`: the tags an event
 * touched (backend/src/shared/storefront-tags.ts: a resource's, or one
 * product's `product:<handle>`; others are ignored); none expires every tag
 * but the products' own (`product-pages` covers those).
 */
export const dynamic = "force-dynamic"

const EVERY = Object.values(STOREFRONT_TAGS)

/** The body: tags as the backend sends them (a burst of events coalesced: a few hundred at most). */
const Body = z.object({ tags: z.array(z.string().max(220)).max(2000).optional() })

function secretMatches(given: string | null): boolean {
  const expected = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export async function POST(request: Request) {
  if (!process.env.STOREFRONT_REVALIDATE_SECRET) {
    return Response.json({ message: "Revalidation is not configured" }, { status: 404 })
  }
  if (!secretMatches(request.headers.get("x-revalidate-secret"))) {
    return Response.json({ message: "Invalid secret" }, { status: 401 })
  }
  const body = Body.safeParse(await request.json().catch(() => ({})))
  if (!body.success) {
    return Response.json({ message: "Body must be { tags?: string[] }" }, { status: 400 })
  }
  const requested = body.data.tags ?? []
  const tags = requested.length ? [...new Set(requested.filter(isStorefrontTag))] : EVERY
  // Expire now (not stale-while-revalidate): the next request reads fresh data.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags, now: Date.now() })
}
