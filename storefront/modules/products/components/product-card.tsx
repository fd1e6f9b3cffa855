import Link from "next/link"
import type { StoreProduct } from "@/lib/catalog/types"
import { t } from "@/lib/messages"
import { formatFen, formatYuan } from "@shared/money"
import { isInSeason, isSoldOut, lowestPriceFen, presaleShipDate } from "@/lib/catalog/produce"
import type { CardUnitPrice } from "@/lib/unit/card-prices"
import { ProductPicture } from "./product-picture"

/**
 * A product in a grid: illustration, title, origin, lowest price and badges;
 * for a member of a verified unit, the product's lowest unit price
 * (`unitPrice`, decimal yuan) as "单位价 ¥xx 起", or "协议价 ¥xx 起" when its
 * unit's negotiated price is the lowest.
 */
export function ProductCard({
  product,
  month,
  unitPrice,
}: {
  product: StoreProduct
  month?: number
  unitPrice?: CardUnitPrice
}) {
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
          {unitPrice && (
            <span
              className="card-unit-price"
              data-testid="card-unit-price"
              data-negotiated={unitPrice.negotiated ? "true" : undefined}
              title={t(
                unitPrice.negotiated ? "catalog.negotiatedPriceHint" : "catalog.unitPriceHint"
              )}
            >
              {t(unitPrice.negotiated ? "catalog.negotiatedPriceFrom" : "catalog.unitPriceFrom", {
                price: formatYuan(unitPrice.amount),
              })}
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

/**
 * Products in a grid. `unitPrices` (product id → lowest unit price) comes from
 * one read of the signed-in member's unit prices for the page
 * (`listMyCardUnitPrices`); the catalogue itself is the same for everyone.
 */
export function ProductGrid({
  products,
  month,
  unitPrices,
}: {
  products: StoreProduct[]
  month?: number
  unitPrices?: Map<string, CardUnitPrice>
}) {
  return (
    <ul className="product-grid" data-testid="product-grid">
      {products.map((product) => (
        <ProductCard
          key={product.id}
          product={product}
          month={month}
          unitPrice={unitPrices?.get(product.id)}
        />
      ))}
    </ul>
  )
}
