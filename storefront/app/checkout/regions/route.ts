import { cascadeOptions } from "@/lib/address/regions"

/**
 * GET /checkout/regions?province=44[&city=4401]: the cities of a province or
 * the districts of a city, for the address form's cascade.
 */
export function GET(request: Request) {
  const url = new URL(request.url)
  const { cities, districts } = cascadeOptions(
    url.searchParams.get("province"),
    url.searchParams.get("city")
  )
  const body = url.searchParams.get("city") ? { districts } : { cities }
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=86400" } })
}
