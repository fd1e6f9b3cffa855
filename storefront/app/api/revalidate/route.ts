import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { TAGS } from "@/lib/data/cache"

/**
 * POST /api/revalidate: the backend's product, price and inventory events
 * expire the storefront's cached catalogue reads at once, so no page shows
 * a stale price or stock. Header `x-revalidate-secret` must equal
 * STOREFRONT_REVALIDATE_SECRET; body `{ tags?: string[] }` (default: every
 * catalogue tag).
 */
export const dynamic = "force-dynamic"

const KNOWN = new Set<string>(Object.values(TAGS))

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
  const body = (await request.json().catch(() => ({}))) as { tags?: unknown }
  const requested = Array.isArray(body.tags)
    ? body.tags.filter((tag): tag is string => typeof tag === "string")
    : []
  const tags = requested.length
    ? requested.filter((tag) => KNOWN.has(tag) || tag.startsWith("product:"))
    : [...KNOWN]
  // Expire now (not stale-while-revalidate): the next request reads fresh data.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags, now: Date.now() })
}
