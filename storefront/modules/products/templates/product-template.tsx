import Link from "next/link"
import { harvestWindow } from "@/lib/catalog/produce"
import type { StoreProduct } from "@/lib/catalog/types"
import type { StorePartnerDetail } from "@http/provenance"
import { t } from "@/lib/messages"
import { ProductBuy } from "../components/product-buy"
import { ProductPhotos } from "../components/product-picture"
import { ProductProvenance } from "../components/product-provenance"

/** A product page: breadcrumb, photos, the buy box, its provenance and description. */
export function ProductTemplate({
  product,
  profile,
}: {
  product: StoreProduct
  /** the partner's public profile (its story), if it could be read */
  profile: StorePartnerDetail | null
}) {
  const partner = product.partner
  return (
    <article className="product" data-testid="product">
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/products">{t("layout.products")}</Link>
          </li>
          {partner?.town && (
            <li>
              <Link href={`/towns/${partner.town.handle}`}>{partner.town.name}</Link>
            </li>
          )}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="product-top">
        <div className="product-media">
          <ProductPhotos product={product} />
        </div>
        <ProductBuy product={product} />
      </div>

      {partner && (
        <ProductProvenance
          partner={partner}
          harvest={harvestWindow(product)}
          story={profile?.story ?? partner.summary}
        />
      )}

      {product.description && (
        <section aria-labelledby="details-heading" className="section">
          <h2 id="details-heading">{t("product.details")}</h2>
          <p>{product.description}</p>
        </section>
      )}
    </article>
  )
}
