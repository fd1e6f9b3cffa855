import { filterAndSort } from "@/lib/catalog/listing"
import { chinaMonth } from "@shared/china-time"
import { listCatalogue } from "@/lib/data/products"
import { listMyCardUnitPrices } from "@/lib/data/units"
import { ProductGrid } from "./product-card"

/**
 * The products of a town or a partner, newest first, with prices and stock
 * from the catalogue (the provenance routes list products without them).
 */
export async function ProductsSection({
  filter,
  headingId,
  heading,
  empty,
}: {
  filter: { town: string } | { partner: string }
  headingId: string
  heading: string
  /** what to say when there are none */
  empty: string
}) {
  const month = chinaMonth()
  const products = filterAndSort(
    await listCatalogue(),
    { ...filter, sort: "newest", page: 1 },
    month
  )
  const unitPrices = await listMyCardUnitPrices(products.map((p) => p.id))
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{heading}</h2>
      {products.length ? (
        <ProductGrid products={products} month={month} unitPrices={unitPrices} />
      ) : (
        <p>{empty}</p>
      )}
    </section>
  )
}
