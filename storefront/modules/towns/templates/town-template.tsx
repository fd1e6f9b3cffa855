import type { StoreTownDetail } from "@http/provenance"
import { t } from "@/lib/messages"
import { AidShare } from "@/modules/aid/components/aid-share"
import { PartnerCard } from "@/modules/partners/components/partner-card"
import { ProductsSection } from "@/modules/products/components/products-section"

/** A town's page: what it is known for, its villages, its share of aid sales, products and partners. */
export function TownTemplate({ town, month }: { town: StoreTownDetail; month: number }) {
  return (
    <article className="town" data-testid="town">
      <h1>{town.name}</h1>
      <p className="muted">{[town.district, town.name_pinyin].filter(Boolean).join(" · ")}</p>
      {town.summary && <p className="lead">{town.summary}</p>}
      {town.description && <p>{town.description}</p>}
      {!!town.specialties?.length && (
        <p>{t("towns.specialties", { list: town.specialties.join("、") })}</p>
      )}
      {!!town.villages?.length && (
        <p className="muted">
          {t("towns.villages", { names: town.villages.map((v) => v.name).join("、") })}
        </p>
      )}

      <AidShare townHandle={town.handle} />

      <ProductsSection
        month={month}
        filter={{ town: town.handle }}
        headingId="town-products"
        heading={t("towns.productsHeading", { name: town.name })}
        empty={t("towns.noProducts")}
      />

      {town.partners.length > 0 && (
        <section aria-labelledby="town-partners" className="section">
          <h2 id="town-partners">{t("towns.partnersHeading")}</h2>
          <ul className="card-grid">
            {town.partners.map((partner) => (
              <PartnerCard key={partner.id} partner={{ ...partner, town: null }} />
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
