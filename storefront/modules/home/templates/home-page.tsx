import { listCatalogue } from "@/lib/data/products"
import { listTowns } from "@/lib/data/towns"
import { HomeTemplate } from "./home-template"

/** The home page's reads and body (app/page.tsx and its cached route). */
export async function HomePage({ month }: { month: number }) {
  const [products, towns] = await Promise.all([
    listCatalogue().catch(() => null),
    listTowns().catch(() => null),
  ])
  return <HomeTemplate products={products} towns={towns} month={month} />
}
