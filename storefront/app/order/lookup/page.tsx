import type { Metadata } from "next"
import Link from "next/link"
import styles from "@/components/checkout/shop.module.css"
import { OrderLookupForm } from "@/components/order/lookup-form"
import { orderStatus } from "@/components/account/account-shell"
import { endOrderLookupAction } from "@/lib/actions/order-lookup"
import { lookupOrders } from "@/lib/data/orders"
import { formatDateTime, formatMoney } from "@/lib/checkout/format"
import { messagesOf, t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("lookup.title"), robots: { index: false } }

/**
 * Guest order lookup: the buyer's mobile or e-mail, a 6-digit code sent to it,
 * then the orders placed with it (for 30 minutes, in an httpOnly cookie).
 */
export default async function OrderLookupPage() {
  const found = await lookupOrders()
  if (!found) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("lookup.title")}</h1>
        <section className={styles.card} aria-labelledby="lookup-heading">
          <h2 id="lookup-heading">{t("lookup.verifyHeading")}</h2>
          <p className={styles.hint}>{t("lookup.intro")}</p>
          <OrderLookupForm messages={messagesOf("lookup")} />
        </section>
        <p className={styles.hint}>
          {t("lookup.loginHint")} <Link href="/account">{t("checkout.confirmed.login")}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("lookup.title")}</h1>
      <section className={styles.card} aria-labelledby="lookup-orders-heading">
        <h2 id="lookup-orders-heading">{t("lookup.heading", { contact: found.contact })}</h2>
        <p className={styles.hint}>{t("lookup.sessionHint")}</p>
        {found.orders.length === 0 ? (
          <p data-testid="lookup-empty">{t("lookup.empty")}</p>
        ) : (
          <ul className={styles.lines} data-testid="lookup-orders">
            {found.orders.map((order) => (
              <li
                key={order.id}
                className={styles.line}
                style={{ gridTemplateColumns: "1fr" }}
                data-testid="lookup-order"
              >
                <p className={styles.lineTitle}>
                  <Link
                    href={`/order/lookup/${order.id}`}
                    aria-label={t("lookup.view", { id: order.display_id })}
                  >
                    {t("lookup.number", { id: order.display_id })}
                  </Link>
                </p>
                <p className={styles.lineMeta}>
                  {t("lookup.placedAt")} {formatDateTime(order.created_at)} ·{" "}
                  {formatMoney(order.total)}
                </p>
                <p className={styles.lineMeta}>{orderStatus(order)}</p>
                <p className={styles.lineMeta}>
                  {(order.items ?? [])
                    .map((item) => `${item.product_title} × ${item.quantity}`)
                    .join("、")}
                </p>
              </li>
            ))}
          </ul>
        )}
        <form action={endOrderLookupAction}>
          <button
            type="submit"
            className={`${styles.button} ${styles.secondary}`}
            data-testid="lookup-end"
          >
            {t("lookup.end")}
          </button>
        </form>
      </section>
    </div>
  )
}
