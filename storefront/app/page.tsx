import Link from "next/link"
import { ProductGrid } from "@/components/product/product-card"
import { ImpactCounter } from "@/components/provenance/impact-counter"
import { PartnerCard, type PartnerSummary } from "@/components/provenance/partner-card"
import { TownCard } from "@/components/provenance/town-card"
import { listCatalogue, type StoreProduct } from "@/lib/data/catalog"
import { listTowns, type StoreTown } from "@/lib/data/towns"
import { inSeasonFirst } from "@/lib/catalog/listing"
import { chinaMonth, isInSeason } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

// Rendered per request (the build never reads the backend); the reads are cached by tag.
export const dynamic = "force-dynamic"

/** The partners that sell in the shop, from the catalogue (one entry each). */
function partnersOf(products: StoreProduct[]): PartnerSummary[] {
  const seen = new Map<string, PartnerSummary>()
  for (const p of products)
    if (p.partner && !seen.has(p.partner.handle)) seen.set(p.partner.handle, p.partner)
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
}

export default async function HomePage() {
  const [products, towns] = await Promise.all([
    listCatalogue().catch(() => null as StoreProduct[] | null),
    listTowns().catch(() => null as StoreTown[] | null),
  ])
  const month = chinaMonth()
  const ordered = products ? inSeasonFirst(products, month) : []
  const inSeason = ordered.filter((p) => isInSeason(p, month))
  const more = ordered.filter((p) => !isInSeason(p, month)).slice(0, 4)
  const partners = products ? partnersOf(products) : []

  return (
    <>
      <section className="hero">
        <h1>{t("home.heroTitle")}</h1>
        <p>{t("home.heroText")}</p>
        <Link href="/products" className="button">
          {t("home.heroCta")}
        </Link>
      </section>

      <ImpactCounter />

      {!products && !towns && (
        <p role="alert" className="notice">
          {t("home.unavailable")}
        </p>
      )}

      {products && (
        <section aria-labelledby="season-heading" className="section" data-testid="in-season">
          <div className="section-head">
            <h2 id="season-heading">{t("home.seasonHeading")}</h2>
            <Link href="/products?season=1">{t("home.viewAll")}</Link>
          </div>
          <p className="muted">{t("home.seasonText", { month })}</p>
          {inSeason.length ? (
            <ProductGrid products={inSeason} month={month} />
          ) : (
            <p>{t("home.seasonEmpty")}</p>
          )}
        </section>
      )}

      {towns && (
        <section aria-labelledby="towns-heading" className="section">
          <div className="section-head">
            <h2 id="towns-heading">{t("home.townsHeading")}</h2>
            <Link href="/towns">{t("home.viewAll")}</Link>
          </div>
          <ul className="card-grid" data-testid="towns">
            {towns.map((town) => (
              <TownCard key={town.id} town={town} />
            ))}
          </ul>
        </section>
      )}

      {more.length > 0 && (
        <section aria-labelledby="more-heading" className="section">
          <div className="section-head">
            <h2 id="more-heading">{t("home.moreHeading")}</h2>
            <Link href="/products">{t("home.viewAll")}</Link>
          </div>
          <ProductGrid products={more} month={month} />
        </section>
      )}

      {partners.length > 0 && (
        <section aria-labelledby="partners-heading" className="section">
          <h2 id="partners-heading">{t("home.partnersHeading")}</h2>
          <ul className="card-grid" data-testid="partners">
            {partners.map((partner) => (
              <PartnerCard key={partner.handle} partner={partner} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
