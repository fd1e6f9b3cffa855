import { suggestSearch } from "@/lib/data/search"
import { MAX_SUGGEST_QUERY } from "@http/search"

/**
 * GET /api/search/suggest?q=: the search box's suggestions, fetched by the
 * browser while the buyer types and answered from the backend's
 * `GET /store/search/suggest` (which holds the publishable key's rules).
 * An empty or overlong text answers no suggestions rather than an error:
 * the box simply shows none.
 */
export const dynamic = "force-dynamic"

export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim()
  if (!q || q.length > MAX_SUGGEST_QUERY) return Response.json({ suggestions: [] })
  try {
    return Response.json(await suggestSearch(q))
  } catch {
    return Response.json({ suggestions: [] }, { status: 502 })
  }
}
