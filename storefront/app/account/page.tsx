import type { Metadata } from "next"
import Link from "next/link"
import { AccountShell, orderStatus } from "@/components/account/account-shell"
import { LoginForm, RegisterForm } from "@/components/account/forms"
import styles from "@/components/checkout/shop.module.css"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { formatDateTime, formatMoney } from "@/lib/checkout/format"
import { messagesOf, t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.title"), robots: { index: false } }

export default async function AccountPage() {
  const customer = await retrieveCustomer()
  if (!customer) {
    const messages = messagesOf("account")
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("account.title")}</h1>
        <div className={`${styles.row} ${styles.row2}`}>
          <section className={styles.card} aria-labelledby="login-heading">
            <h2 id="login-heading">{t("account.login.heading")}</h2>
            <LoginForm messages={messages} />
            <p className={styles.hint}>
              <Link href="/order/lookup" data-testid="order-lookup-link">
                {t("lookup.fromAccount")}
              </Link>
            </p>
          </section>
          <section className={styles.card} aria-labelledby="register-heading">
            <h2 id="register-heading">{t("account.register.heading")}</h2>
            <p className={styles.hint}>{t("account.register.intro")}</p>
            <RegisterForm messages={messages} />
          </section>
        </div>
      </div>
    )
  }
  const { orders } = await listOrders(50)
  return (
    <AccountShell customer={customer} current="orders">
      <section className={styles.card} aria-labelledby="orders-heading">
        <h2 id="orders-heading">{t("account.orders.heading")}</h2>
        {orders.length === 0 ? (
          <p>{t("account.orders.empty")}</p>
        ) : (
          <ul className={styles.lines} data-testid="account-orders">
            {orders.map((order) => (
              <li
                key={order.id}
                className={styles.line}
                style={{ gridTemplateColumns: "1fr" }}
                data-testid="account-order"
              >
                <p className={styles.lineTitle}>
                  <Link
                    href={`/account/orders/${order.id}`}
                    aria-label={t("account.orders.view", { id: order.display_id! })}
                  >
                    {t("account.orders.number", { id: order.display_id! })}
                  </Link>
                </p>
                <p className={styles.lineMeta}>
                  {t("account.orders.placedAt")} {formatDateTime(order.created_at as any)} ·{" "}
                  {t("account.orders.total")} {formatMoney(order.total)}
                </p>
                <p className={styles.lineMeta}>{orderStatus(order as any)}</p>
                <p className={styles.lineMeta}>
                  {(order.items ?? [])
                    .map((item) => `${item.product_title} × ${item.quantity}`)
                    .join("、")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AccountShell>
  )
}
