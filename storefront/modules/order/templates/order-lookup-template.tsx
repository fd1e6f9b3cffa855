import Link from "next/link"
import { endOrderLookupAction } from "@/lib/actions/order-lookup"
import type { StoreLookupOrder } from "@http/order-access"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { OrderLookupForm } from "../components/lookup-form"
import { OrderList } from "../components/order-list"

/** The guest lookup before the code is entered: the contact, then the code sent to it. */
export function OrderLookupFormTemplate() {
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

/** The orders placed with the contact the guest proved, and the button that ends the lookup. */
export function OrderLookupTemplate({
  contact,
  orders,
}: {
  contact: string
  orders: StoreLookupOrder[]
}) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("lookup.title")}</h1>
      <section className={styles.card} aria-labelledby="lookup-orders-heading">
        <h2 id="lookup-orders-heading">{t("lookup.heading", { contact })}</h2>
        <p className={styles.hint}>{t("lookup.sessionHint")}</p>
        {orders.length === 0 ? (
          <p data-testid="lookup-empty">{t("lookup.empty")}</p>
        ) : (
          <OrderList
            orders={orders}
            testId="lookup-orders"
            itemTestId="lookup-order"
            hrefOf={(order) => `/order/lookup/${order.id}`}
            labels={{
              view: (order) => t("lookup.view", { id: order.display_id ?? "" }),
              number: (order) => t("lookup.number", { id: order.display_id ?? "" }),
              placedAt: t("lookup.placedAt"),
            }}
          />
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
