import Link from "next/link"
import { formatYuan } from "@shared/money"
import type { StoreCart } from "@/lib/data/cart"
import { t } from "@/lib/messages"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import styles from "@/modules/common/shop.module.css"

/** What the buyer is paying for: the cart's lines and Medusa's totals. */
export function CheckoutSummary({ cart }: { cart: StoreCart }) {
  const items = cart.items ?? []
  const count = items.reduce((acc, item) => acc + item.quantity, 0)
  return (
    <section
      className={styles.card}
      aria-labelledby="summary-heading"
      data-testid="checkout-summary"
    >
      <h2 id="summary-heading">{t("checkout.summary.heading")}</h2>
      <p className={styles.hint}>{t("checkout.summary.items", { count })}</p>
      <ul className={styles.lines}>
        {items.map((item) => (
          <li key={item.id} className={styles.lineMeta}>
            {item.product_title} {item.variant_title} × {item.quantity} · {formatYuan(item.total)}
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} shippingKnown={(cart.shipping_methods ?? []).length > 0} />
      <Link href="/cart">{t("checkout.backToCart")}</Link>
    </section>
  )
}
