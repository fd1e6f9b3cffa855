import type { StoreCart } from "@/lib/data/cart"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** Medusa's totals of the cart, as it computed them. */
export function CartTotals({ cart, shippingKnown }: { cart: StoreCart; shippingKnown: boolean }) {
  const discount = Number(cart.discount_total ?? 0)
  return (
    <dl className={styles.totals} data-testid="cart-totals">
      <div>
        <dt>{t("cart.totals.itemTotal")}</dt>
        <dd>{formatYuan(cart.original_item_total ?? cart.item_total)}</dd>
      </div>
      {discount > 0 && (
        <div>
          <dt>{t("cart.totals.discount")}</dt>
          <dd data-testid="discount-total">−{formatYuan(discount)}</dd>
        </div>
      )}
      <div>
        <dt>{t("cart.totals.shipping")}</dt>
        <dd>{shippingKnown ? formatYuan(cart.shipping_total) : t("cart.totals.shippingLater")}</dd>
      </div>
      <div className={styles.grand}>
        <dt>{t("cart.totals.total")}</dt>
        <dd data-testid="cart-total">{formatYuan(cart.total)}</dd>
      </div>
    </dl>
  )
}
