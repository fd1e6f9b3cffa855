import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import styles from "@/components/checkout/shop.module.css"
import { OrderLines } from "@/components/checkout/order-lines"
import { BankTransferDetails } from "@/components/checkout/bank-transfer-details"
import { ShippingAddress } from "@/components/checkout/shipping-address"
import { bankTransferOf } from "@/lib/data/checkout"
import { retrieveOrder } from "@/lib/data/orders"
import { formatMoney } from "@/lib/checkout/format"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("checkout.confirmed.title"), robots: { index: false } }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^order_[0-9A-Za-z]{10,40}$/.test(id)) notFound()
  // The backend answers only the order's logged-in buyer, the browser that placed
  // it (its order token) and a guest who looked it up by its contact; anyone else
  // with the link is told the order is private and how to see it.
  const order = await retrieveOrder(id)
  if (!order) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("checkout.confirmed.title")}</h1>
        <section className={styles.card} data-testid="order-private">
          <p>{t("checkout.confirmed.private")}</p>
          <p>
            <Link href="/account" className={styles.button}>
              {t("checkout.confirmed.login")}
            </Link>{" "}
            <Link href="/order/lookup" className={styles.button} data-testid="order-lookup-link">
              {t("checkout.confirmed.lookup")}
            </Link>
          </p>
        </section>
      </div>
    )
  }
  const transfer = await bankTransferOf(order.id)
  const address = order.shipping_address
  return (
    <div className={styles.page}>
      <h1 className={styles.title} data-testid="order-confirmed">
        {t("checkout.confirmed.title")}
      </h1>
      <section className={styles.card}>
        <p>{t("checkout.confirmed.thanks")}</p>
        <dl className={styles.bank}>
          <dt>{t("checkout.confirmed.orderNumber")}</dt>
          <dd data-testid="order-number">#{order.display_id}</dd>
          <dt>{t("checkout.confirmed.total")}</dt>
          <dd data-testid="order-total">{formatMoney(order.total)}</dd>
        </dl>
      </section>
      {transfer ? (
        <BankTransferDetails transfer={transfer} />
      ) : order.payment_status === "captured" || order.payment_status === "authorized" ? (
        <section className={styles.card} data-testid="order-paid">
          <p>{t("checkout.confirmed.paid")}</p>
        </section>
      ) : (
        <section className={styles.card}>
          <p>{t("checkout.confirmed.offline")}</p>
        </section>
      )}
      <section className={styles.card} aria-labelledby="confirmed-items">
        <h2 id="confirmed-items">{t("checkout.confirmed.items")}</h2>
        <OrderLines items={order.items} />
        {address && (
          <>
            <h2>{t("checkout.confirmed.shipTo")}</h2>
            <ShippingAddress address={address} />
          </>
        )}
      </section>
      <p>
        <Link href={`/account/orders/${order.id}`} className={styles.button}>
          {t("checkout.confirmed.account")}
        </Link>{" "}
        <Link href="/products">{t("checkout.confirmed.continue")}</Link>
      </p>
    </div>
  )
}
