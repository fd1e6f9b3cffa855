import type { Metadata } from "next"
import Link from "next/link"
import { CartTotals } from "@/components/cart/cart-totals"
import { PromoForm } from "@/components/cart/promo-form"
import { QuantityForm } from "@/components/cart/quantity-form"
import styles from "@/components/checkout/shop.module.css"
import { removeLine, removePromotionCode } from "@/lib/actions/cart"
import { retrieveCart } from "@/lib/data/cart"
import { shippingByProfile, storageOfItem, type ProfileShipping } from "@/lib/data/checkout"
import { formatMoney } from "@/lib/checkout/format"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("cart.title"), robots: { index: false } }

function ShippingHints({
  profiles,
  itemTotal,
}: {
  profiles: ProfileShipping[]
  itemTotal: number
}) {
  const hints = profiles.flatMap((profile) =>
    profile.options.filter((o) => !o.is_pickup && o.free_from !== null).slice(0, 1)
  )
  if (!hints.length) return null
  return (
    <section
      className={styles.card}
      aria-labelledby="shipping-hint-heading"
      data-testid="shipping-hints"
    >
      <h2 id="shipping-hint-heading">{t("cart.shippingHint.heading")}</h2>
      <ul className={styles.hints}>
        {hints.map((option) => (
          <li key={option.id}>
            {itemTotal >= option.free_from!
              ? t("cart.shippingHint.reached", {
                  name: option.name,
                  threshold: formatMoney(option.free_from),
                })
              : t("cart.shippingHint.missing", {
                  name: option.name,
                  threshold: formatMoney(option.free_from),
                  current: formatMoney(itemTotal),
                })}
          </li>
        ))}
      </ul>
    </section>
  )
}

export default async function CartPage() {
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  if (!cart || !items.length) {
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
  const profiles = await shippingByProfile(cart).catch(() => [])
  const sorted = [...items].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("cart.title")}</h1>
      <div className={styles.layout}>
        <div>
          <section className={styles.card} aria-labelledby="cart-items-heading">
            <h2 id="cart-items-heading">{t("cart.items")}</h2>
            <ul className={styles.lines} data-testid="cart-lines">
              {sorted.map((item) => {
                const storage = storageOfItem(item)
                const title =
                  `${item.product_title ?? item.title} ${item.variant_title ?? ""}`.trim()
                return (
                  <li key={item.id} className={styles.line} data-testid="cart-line">
                    {item.thumbnail ? (
                      // eslint-disable-next-line @next/next/no-img-element
                      <img
                        src={item.thumbnail}
                        alt=""
                        className={styles.thumb}
                        width={72}
                        height={72}
                        loading="lazy"
                      />
                    ) : (
                      <span className={styles.thumb} aria-hidden="true" />
                    )}
                    <div>
                      <p className={styles.lineTitle}>
                        {item.product_handle ? (
                          <Link href={`/products/${item.product_handle}`}>
                            {item.product_title ?? item.title}
                          </Link>
                        ) : (
                          (item.product_title ?? item.title)
                        )}
                        <span
                          className={`${styles.badge} ${storage === "cold_chain" ? styles.badgeCold : ""}`}
                        >
                          {t(`cart.storage.${storage}`)}
                        </span>
                      </p>
                      <p className={styles.lineMeta}>
                        {item.variant_title} · {t("cart.unitPrice")} {formatMoney(item.unit_price)}
                      </p>
                      <p className={styles.lineMeta}>
                        {t("cart.lineTotal")}{" "}
                        <strong data-testid="line-total">{formatMoney(item.total)}</strong>
                      </p>
                      <div className={styles.lineActions}>
                        <QuantityForm
                          lineId={item.id}
                          quantity={item.quantity}
                          labels={{
                            quantity: t("cart.quantityOf", { title }),
                            update: t("cart.update"),
                          }}
                        />
                        <form action={removeLine}>
                          <input type="hidden" name="line_id" value={item.id} />
                          <button
                            type="submit"
                            className={styles.linkButton}
                            aria-label={t("cart.removeItem", { title })}
                          >
                            {t("cart.remove")}
                          </button>
                        </form>
                      </div>
                    </div>
                  </li>
                )
              })}
            </ul>
          </section>
          <ShippingHints profiles={profiles} itemTotal={Number(cart.item_total ?? 0)} />
        </div>
        <aside>
          <section className={styles.card} aria-labelledby="promo-heading">
            <h2 id="promo-heading">{t("cart.promo.heading")}</h2>
            <PromoForm labels={{ label: t("cart.promo.label"), apply: t("cart.promo.apply") }} />
            {(cart.promotions ?? []).filter((p) => p.code && !p.is_automatic).length > 0 && (
              <>
                <p className={styles.hint}>{t("cart.promo.applied")}</p>
                <ul className={styles.chips} data-testid="applied-promotions">
                  {(cart.promotions ?? [])
                    .filter((p) => p.code && !p.is_automatic)
                    .map((p) => (
                      <li key={p.id} className={styles.chip}>
                        {p.code}
                        <form action={removePromotionCode}>
                          <input type="hidden" name="code" value={p.code!} />
                          <button
                            type="submit"
                            className={styles.linkButton}
                            aria-label={t("cart.promo.remove", { code: p.code! })}
                          >
                            ×
                          </button>
                        </form>
                      </li>
                    ))}
                </ul>
              </>
            )}
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
        </aside>
      </div>
    </div>
  )
}
