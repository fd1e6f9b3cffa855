import Link from "next/link"
import type { StoreCart } from "@/lib/data/cart"
import type { ProfileShipping } from "@/lib/data/fulfillment"
import type { StoreUnitResponse } from "@http/unit"
import { t } from "@/lib/messages"
import { CartQuote } from "@/modules/quotes/components/cart-quote"
import styles from "@/modules/common/shop.module.css"
import { AppliedPromotions } from "../components/applied-promotions"
import { CartLine } from "../components/cart-line"
import { CartTotals } from "../components/cart-totals"
import { PromoForm } from "../components/promo-form"
import { ShippingHints } from "../components/shipping-hints"

/** The cart with nothing in it. */
export function EmptyCartTemplate() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("cart.title")}</h1>
      <div className={styles.card}>
        <p data-testid="cart-empty">{t("cart.empty")}</p>
        <Link href="/products" className={styles.button}>
          {t("cart.browse")}
        </Link>
      </div>
    </div>
  )
}

/** The cart: its lines in the order they were added, free-delivery hints, promotion codes and Medusa's totals. */
export function CartTemplate({
  cart,
  profiles,
  quote,
}: {
  cart: StoreCart
  profiles: ProfileShipping[]
  /** the member's unit (申请询价 for its 采购员) and the quote threshold */
  quote?: { membership: StoreUnitResponse | null; threshold: string }
}) {
  const sorted = [...(cart.items ?? [])].sort((a, b) =>
    String(a.created_at).localeCompare(String(b.created_at))
  )
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("cart.title")}</h1>
      <div className={styles.layout}>
        <div>
          <section className={styles.card} aria-labelledby="cart-items-heading">
            <h2 id="cart-items-heading">{t("cart.items")}</h2>
            <ul className={styles.lines} data-testid="cart-lines">
              {sorted.map((item) => (
                <CartLine key={item.id} item={item} />
              ))}
            </ul>
          </section>
          <ShippingHints profiles={profiles} itemTotal={Number(cart.item_total ?? 0)} />
        </div>
        <aside>
          <section className={styles.card} aria-labelledby="promo-heading">
            <h2 id="promo-heading">{t("cart.promo.heading")}</h2>
            <PromoForm labels={{ label: t("cart.promo.label"), apply: t("cart.promo.apply") }} />
            <AppliedPromotions cart={cart} />
          </section>
          <section className={styles.card} aria-labelledby="totals-heading">
            <h2 id="totals-heading">{t("cart.totals.heading")}</h2>
            <CartTotals cart={cart} shippingKnown={(cart.shipping_methods ?? []).length > 0} />
            <p>
              <Link
                href="/checkout"
                className={`${styles.button} ${styles.buttonBlock}`}
                data-testid="go-checkout"
              >
                {t("cart.checkout")}
              </Link>
            </p>
            <Link href="/products">{t("cart.continue")}</Link>
          </section>
          {quote ? (
            <CartQuote cart={cart} membership={quote.membership} threshold={quote.threshold} />
          ) : null}
        </aside>
      </div>
    </div>
  )
}
