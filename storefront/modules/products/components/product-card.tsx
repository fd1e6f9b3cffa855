import Link from "next/link"
import type { StoreProduct } from "@/lib/catalog/types"
import { t } from "@/lib/messages"
import { formatFen } from "@shared/money"
import { isInSeason, isSoldOut, lowestPriceFen, presaleShipDate } from "@/lib/catalog/produce"
import type { CardUnitPrice as Price } from "@/lib/unit/card-prices"
import { readCardUnitPrices } from "@/lib/actions/buyer"
import { BuyerUnitPrices, CardUnitPriceSlot } from "./buyer-unit-prices"
import { CardUnitPrice } from "./card-unit-price"
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
  /** the member's price, or "deferred": read from the browser (BuyerUnitPrices around the grid) */
  unitPrice?: Price | "deferred"
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
          {unitPrice === "deferred" ? (
            <CardUnitPriceSlot productId={product.id} />
          ) : (
            unitPrice && <CardUnitPrice price={unitPrice} />
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
 * (`listMyCardUnitPrices`), or is "deferred" on the pages served from Next's
 * cache: one server action reads them from the browser for the whole grid.
 * The catalogue itself is the same for everyone.
 */
export function ProductGrid({
  products,
  month,
  unitPrices,
}: {
  products: StoreProduct[]
  month?: number
  unitPrices?: Map<string, Price> | "deferred"
}) {
  const grid = (
    <ul className="product-grid" data-testid="product-grid">
      {products.map((product) => (
        <ProductCard
          key={product.id}
          product={product}
          month={month}
          unitPrice={unitPrices === "deferred" ? "deferred" : unitPrices?.get(product.id)}
        />
      ))}
    </ul>
  )
  if (unitPrices !== "deferred") return grid
  const load = readCardUnitPrices.bind(
    null,
    products.map((p) => p.id)
  )
  return <BuyerUnitPrices load={load}>{grid}</BuyerUnitPrices>
}
