import Link from "next/link"
import type { StorePartnerDetail } from "@http/provenance"
import { t } from "@/lib/messages"
import { AidShare } from "@/modules/aid/components/aid-share"
import { ProductsSection } from "@/modules/products/components/products-section"
import { Certificates } from "../components/certificates"
import { kindLabel } from "../components/partner-card"

/** A partner's page: kind and place, households, story, certificates, its town's aid share, products. */
export function PartnerTemplate({
  partner,
  month,
}: {
  partner: StorePartnerDetail
  /** this month in China (the products' 当季 badges) */
  month: number
}) {
  return (
    <article className="partner" data-testid="partner">
      <h1>{partner.name}</h1>
      <p className="muted">
        {kindLabel(partner.kind)}
        {partner.town && (
          <>
            {" · "}
            <Link href={`/towns/${partner.town.handle}`}>{partner.town.name}</Link>
          </>
        )}
        {partner.village && ` · ${partner.village.name}`}
      </p>
      {partner.summary && <p className="lead">{partner.summary}</p>}
      {!!partner.households_involved && (
        <p>{t("partners.households", { count: partner.households_involved })}</p>
      )}
      {partner.main_products && (
        <p>{t("partners.mainProducts", { products: partner.main_products })}</p>
      )}

      {partner.story && (
        <section aria-labelledby="story-heading" className="section">
          <h2 id="story-heading">{t("partners.story")}</h2>
          <p className="story">{partner.story}</p>
        </section>
      )}

      {!!partner.certificates?.length && (
        <section aria-labelledby="cert-heading" className="section">
          <h2 id="cert-heading">{t("partners.certificates")}</h2>
          <Certificates certificates={partner.certificates} />
        </section>
      )}

      {partner.town && <AidShare townHandle={partner.town.handle} partnerOf />}

      <ProductsSection
        month={month}
        filter={{ partner: partner.handle }}
        headingId="partner-products"
        heading={t("partners.productsHeading")}
        empty={t("partners.noProducts")}
      />
    </article>
  )
}
