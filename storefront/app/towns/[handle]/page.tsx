import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ProductGrid } from "@/components/product/product-card"
import { AidShare } from "@/components/provenance/aid-share"
import { PartnerCard } from "@/components/provenance/partner-card"
import { getTown, listCatalogue } from "@/lib/data/catalog"
import { filterAndSort } from "@/lib/catalog/listing"
import { chinaMonth } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await getTown((await params).handle).catch(() => null)
  return { title: town?.name ?? t("towns.notFound") }
}

export default async function TownPage({ params }: Props) {
  const { handle } = await params
  const town = await getTown(handle)
  if (!town) notFound()
  const month = chinaMonth()
  const products = filterAndSort(
    await listCatalogue(),
    { town: town.handle, sort: "newest", page: 1 },
    month
  )
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

      <section aria-labelledby="town-products" className="section">
        <h2 id="town-products">{t("towns.productsHeading", { name: town.name })}</h2>
        {products.length ? (
          <ProductGrid products={products} month={month} />
        ) : (
          <p>{t("towns.noProducts")}</p>
        )}
      </section>

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
