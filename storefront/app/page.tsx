import { chinaMonth } from "@shared/china-time"
import { listCatalogue } from "@/lib/data/products"
import { listTowns } from "@/lib/data/towns"
import { HomeTemplate } from "@/modules/home/templates/home-template"

// Rendered per request (the build never reads the backend); the reads are cached by tag.
export const dynamic = "force-dynamic"

export default async function HomePage() {
  const [products, towns] = await Promise.all([
    listCatalogue().catch(() => null),
    listTowns().catch(() => null),
  ])
  return <HomeTemplate products={products} towns={towns} month={chinaMonth()} />
}
