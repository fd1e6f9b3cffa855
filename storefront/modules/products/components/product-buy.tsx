import { MAX_LINE_QUANTITY } from "@shared/cart"
import type { StoreProduct } from "@/lib/catalog/types"
import { stockState } from "@/lib/catalog/produce"
import { t } from "@/lib/messages"
import { AddToCartForm } from "./add-to-cart-form"
import { readProductUnitPrices } from "@/lib/actions/buyer"
import { BuyerPart } from "@/modules/common/components/buyer-part"
import { VariantChoices } from "./variant-choices"

/** The product's title, its variants and quantity in the add-to-cart form, and its storage facts. */
export function ProductBuy({ product }: { product: StoreProduct }) {
  const available = (product.variants ?? []).some((v) => stockState(product, v).kind !== "sold_out")
  return (
    <div className="product-buy">
      <h1>{product.title}</h1>
      {product.subtitle && <p className="lead">{product.subtitle}</p>}
      {/* a unit member's tiers and 协议价: read from the browser, the page is cached for everyone */}
      <BuyerPart load={readProductUnitPrices.bind(null, product.handle)} />
      <AddToCartForm
        disabled={!available}
        labels={{
          submit: available ? t("product.addToCart") : t("product.soldOutAll"),
          adding: t("product.adding"),
          viewCart: t("product.viewCart"),
        }}
      >
        <VariantChoices product={product} />
        <div className="field quantity">
          <label htmlFor="quantity">{t("product.quantity")}</label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_LINE_QUANTITY}
            step={1}
            defaultValue={1}
            required
          />
        </div>
      </AddToCartForm>
      <dl className="facts">
        <dt>{t("product.storage")}</dt>
        <dd>
          {product.metadata?.storage === "cold_chain"
            ? t("product.storageCold")
            : t("product.storageAmbient")}
        </dd>
        {product.metadata?.shelf_life && (
          <>
            <dt>{t("product.shelfLife")}</dt>
            <dd>{product.metadata.shelf_life}</dd>
          </>
        )}
      </dl>
    </div>
  )
}
