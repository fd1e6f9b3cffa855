import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { ProductGrid } from "@/components/product/product-card"
import { AidShare } from "@/components/provenance/aid-share"
import { Certificates } from "@/components/provenance/certificates"
import { kindLabel } from "@/components/provenance/partner-card"
import { getPartner, listCatalogue } from "@/lib/data/catalog"
import { filterAndSort } from "@/lib/catalog/listing"
import { chinaMonth } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partner = await getPartner((await params).handle).catch(() => null)
  return { title: partner?.name ?? t("partners.notFound") }
}

export default async function PartnerPage({ params }: Props) {
  const { handle } = await params
  const partner = await getPartner(handle)
  if (!partner) notFound()
  const month = chinaMonth()
  // Prices and stock come from the catalogue (the partner route lists products without prices).
  const products = filterAndSort(
    await listCatalogue(),
    { partner: partner.handle, sort: "newest", page: 1 },
    month
  )
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

      <section aria-labelledby="partner-products" className="section">
        <h2 id="partner-products">{t("partners.productsHeading")}</h2>
        {products.length ? (
          <ProductGrid products={products} month={month} />
        ) : (
          <p>{t("partners.noProducts")}</p>
        )}
      </section>
    </article>
  )
}
