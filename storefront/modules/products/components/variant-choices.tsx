import type { StoreProduct } from "@/lib/catalog/types"
import {
  formatChineseDate,
  pricePerJinFen,
  type StockState,
  stockState,
  variantPriceFen,
} from "@/lib/catalog/produce"
import { t } from "@/lib/messages"
import { formatFen } from "@shared/money"

function stockLabel(state: StockState): string {
  switch (state.kind) {
    case "sold_out":
      return t("product.soldOut")
    case "low":
      return t("product.low", { count: state.quantity })
    case "presale":
      return t("product.presale", { date: formatChineseDate(state.shipsFrom) })
    default:
      return t("product.inStock")
  }
}

/** The product's variants as radio buttons: price, price per 斤 and stock; sold-out ones disabled. */
export function VariantChoices({ product }: { product: StoreProduct }) {
  const variants = product.variants ?? []
  const states = variants.map((v) => stockState(product, v))
  const firstAvailable = states.findIndex((s) => s.kind !== "sold_out")
  return (
    <fieldset className="variants">
      <legend>{t("product.variants")}</legend>
      {variants.map((variant, i) => {
        const price = variantPriceFen(variant)
        const perJin = price === null ? null : pricePerJinFen(price, variant)
        const state = states[i]
        const soldOut = state.kind === "sold_out"
        const id = `variant-${variant.id}`
        return (
          <div
            key={variant.id}
            className={`variant${soldOut ? " variant-soldout" : ""}`}
            data-testid="variant"
            data-variant-title={variant.title}
            data-stock={state.kind}
          >
            <input
              type="radio"
              name="variant_id"
              id={id}
              value={variant.id}
              disabled={soldOut}
              defaultChecked={i === firstAvailable}
              required
            />
            <label htmlFor={id}>
              <span className="variant-title">{variant.title}</span>
              {price !== null && (
                <span className="variant-price" data-testid="variant-price">
                  {formatFen(price)}
                </span>
              )}
              {perJin !== null && (
                <span className="variant-per-jin" data-testid="variant-per-jin">
                  {t("product.perJin", { price: formatFen(perJin) })}
                </span>
              )}
              <span className={`stock stock-${state.kind}`} data-testid="variant-stock">
                {stockLabel(state)}
              </span>
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}
