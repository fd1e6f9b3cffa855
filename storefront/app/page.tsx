import { chinaMonth } from "@shared/china-time"
import { HomePage } from "@/modules/home/templates/home-page"

// Served from the cache through proxy.ts (app/cached/[month]/home); this route renders per request
// only when the proxy does not rewrite it. The build never reads the backend.
export const dynamic = "force-dynamic"

export default function Page() {
  return <HomePage month={chinaMonth()} />
}
