import { filterAndSort } from "@/lib/catalog/listing"
import { listCatalogue } from "@/lib/data/products"
import { ProductGrid } from "./product-card"

/**
 * The products of a town or a partner, newest first, with prices and stock
 * from the catalogue (the provenance routes list products without them); a
 * unit member's prices are read in the browser (the page is cached for everyone).
 */
export async function ProductsSection({
  month,
  filter,
  headingId,
  heading,
  empty,
}: {
  /** this month in China (the 当季 badges) */
  month: number
  filter: { town: string } | { partner: string }
  headingId: string
  heading: string
  /** what to say when there are none */
  empty: string
}) {
  const products = filterAndSort(
    await listCatalogue(),
    { ...filter, sort: "newest", page: 1 },
    month
  )
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{heading}</h2>
      {products.length ? (
        <ProductGrid products={products} month={month} unitPrices="deferred" />
      ) : (
        <p>{empty}</p>
      )}
    </section>
  )
}
