import type { Metadata } from "next"
import Link from "next/link"
import { ProductGrid } from "@/components/product/product-card"
import { searchProducts, StoreProduct } from "@/lib/data/catalog"
import { chinaMonth } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("search.title"), robots: { index: false } }

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>
}) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ""
  let products: StoreProduct[] | null = []
  if (q) products = await searchProducts(q).catch(() => null)
  return (
    <div className="search-page">
      <h1>{q ? t("search.resultsFor", { q }) : t("search.title")}</h1>
      <form action="/search" method="get" role="search" className="search-form search-form-page">
        <label htmlFor="search-page-q" className="visually-hidden">{t("layout.searchLabel")}</label>
        <input id="search-page-q" name="q" type="search" defaultValue={q} placeholder={t("layout.searchPlaceholder")} />
        <button type="submit">{t("layout.searchSubmit")}</button>
      </form>
      {!q && <p className="notice" data-testid="search-empty">{t("search.empty")}</p>}
      {q && products === null && <p role="alert" className="notice">{t("catalog.unavailable")}</p>}
      {q && products && products.length === 0 && (
        <p className="notice" data-testid="search-no-results">
          {t("search.noResults", { q })} <Link href="/products">{t("search.browseAll")}</Link>
        </p>
      )}
      {q && products && products.length > 0 && (
        <>
          <p className="muted" role="status" data-testid="search-count">{t("search.count", { count: products.length })}</p>
          <ProductGrid products={products} month={chinaMonth()} />
        </>
      )}
    </div>
  )
}
