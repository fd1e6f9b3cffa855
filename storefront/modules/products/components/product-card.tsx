import Link from "next/link"
import type { StoreProduct } from "@/lib/catalog/types"
import { t } from "@/lib/messages"
import { formatFen } from "@shared/money"
import { isInSeason, isSoldOut, lowestPriceFen, presaleShipDate } from "@/lib/catalog/produce"
import { ProductPicture } from "./product-picture"

/** A product in a grid: illustration, title, origin, lowest price and badges. */
export function ProductCard({ product, month }: { product: StoreProduct; month?: number }) {
  const price = lowestPriceFen(product)
  const several = (product.variants?.length ?? 0) > 1
  const soldOut = isSoldOut(product)
  const presale = presaleShipDate(product)
  const town = product.partner?.town?.name
  return (
    <li className="product-card" data-testid="product-card" data-handle={product.handle}>
      <Link href={`/products/${product.handle}`} className="product-card-link" prefetch={false}>
        <ProductPicture product={product} />
        <span className="product-card-body">
          <span className="product-card-title">{product.title}</span>
          {(town || product.partner) && (
            <span className="product-card-origin">
              {[town, product.partner?.name].filter(Boolean).join(" · ")}
            </span>
          )}
          <span className="product-card-foot">
            {price !== null && (
              <span className="price" data-testid="card-price">
                {formatFen(price)}
                {several && <small> {t("catalog.from")}</small>}
              </span>
            )}
            <span className="badges">
              {isInSeason(product, month) && (
                <span className="badge badge-season">{t("catalog.inSeasonBadge")}</span>
              )}
              {presale && <span className="badge badge-presale">{t("catalog.presaleBadge")}</span>}
              {product.metadata?.storage === "cold_chain" && (
                <span className="badge badge-cold">{t("catalog.coldChainBadge")}</span>
              )}
              {soldOut && <span className="badge badge-soldout">{t("catalog.soldOutBadge")}</span>}
            </span>
          </span>
        </span>
      </Link>
    </li>
  )
}

export function ProductGrid({ products, month }: { products: StoreProduct[]; month?: number }) {
  return (
    <ul className="product-grid" data-testid="product-grid">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} month={month} />
      ))}
    </ul>
  )
}
