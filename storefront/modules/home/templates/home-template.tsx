import Link from "next/link"
import { inSeasonFirst } from "@/lib/catalog/listing"
import { isInSeason } from "@/lib/catalog/produce"
import type { StoreProduct } from "@/lib/catalog/types"
import type { StoreTown } from "@http/provenance"
import { t } from "@/lib/messages"
import { ImpactCounter } from "@/modules/aid/components/impact-counter"
import { PartnerCard, type PartnerSummary } from "@/modules/partners/components/partner-card"
import { ProductGrid } from "@/modules/products/components/product-card"
import { TownCard } from "@/modules/towns/components/town-card"
import { HomeSection } from "../components/home-section"

/** The partners that sell in the shop, from the catalogue (one entry each). */
function partnersOf(products: StoreProduct[]): PartnerSummary[] {
  const seen = new Map<string, PartnerSummary>()
  for (const p of products)
    if (p.partner && !seen.has(p.partner.handle)) seen.set(p.partner.handle, p.partner)
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
}

/**
 * The home page: the aid counter, this month's produce, the five towns, more
 * produce and the partners. Either read may have failed (null): the page
 * shows what it has.
 */
export function HomeTemplate({
  products,
  towns,
  month,
}: {
  products: StoreProduct[] | null
  towns: StoreTown[] | null
  /** this month in China */
  month: number
}) {
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
        <HomeSection
          id="season-heading"
          heading={t("home.seasonHeading")}
          viewAll="/products?season=1"
          testId="in-season"
        >
          <p className="muted">{t("home.seasonText", { month })}</p>
          {inSeason.length ? (
            <ProductGrid products={inSeason} month={month} unitPrices="deferred" />
          ) : (
            <p>{t("home.seasonEmpty")}</p>
          )}
        </HomeSection>
      )}

      {towns && (
        <HomeSection id="towns-heading" heading={t("home.townsHeading")} viewAll="/towns">
          <ul className="card-grid" data-testid="towns">
            {towns.map((town) => (
              <TownCard key={town.id} town={town} />
            ))}
          </ul>
        </HomeSection>
      )}

      {more.length > 0 && (
        <HomeSection id="more-heading" heading={t("home.moreHeading")} viewAll="/products">
          <ProductGrid products={more} month={month} unitPrices="deferred" />
        </HomeSection>
      )}

      {partners.length > 0 && (
        <HomeSection id="partners-heading" heading={t("home.partnersHeading")}>
          <ul className="card-grid" data-testid="partners">
            {partners.map((partner) => (
              <PartnerCard key={partner.handle} partner={partner} />
            ))}
          </ul>
        </HomeSection>
      )}
    </>
  )
}
