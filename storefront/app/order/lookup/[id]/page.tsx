import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import styles from "@/components/checkout/shop.module.css"
import { orderStatus } from "@/components/account/account-shell"
import { BankTransferDetails } from "@/components/checkout/bank-transfer-details"
import { OrderLines } from "@/components/checkout/order-lines"
import { ShippingAddress } from "@/components/checkout/shipping-address"
import { bankTransferOf } from "@/lib/data/checkout"
import { retrieveOrder } from "@/lib/data/orders"
import { formatDateTime, formatMoney } from "@/lib/checkout/format"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("lookup.title"), robots: { index: false } }

/** One order a guest looked up (read with the lookup token; the backend checks the order's contact). */
export default async function LookedUpOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^order_[0-9A-Za-z]{10,40}$/.test(id)) notFound()
  const order = await retrieveOrder(id)
  if (!order) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("lookup.title")}</h1>
        <section className={styles.card} data-testid="order-private">
          <p>{t("lookup.private")}</p>
          <p>
            <Link href="/order/lookup" className={styles.button}>
              {t("lookup.title")}
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
      <p>
        <Link href="/order/lookup">{t("lookup.back")}</Link>
      </p>
      <h1 className={styles.title} data-testid="lookup-order-detail">
        {t("lookup.number", { id: order.display_id! })}
      </h1>
      <section className={styles.card}>
        <dl className={styles.bank}>
          <dt>{t("lookup.placedAt")}</dt>
          <dd>{formatDateTime(order.created_at as any)}</dd>
          <dt>{t("lookup.status")}</dt>
          <dd data-testid="order-status">{orderStatus(order as any)}</dd>
          <dt>{t("checkout.confirmed.total")}</dt>
          <dd data-testid="order-total">{formatMoney(order.total)}</dd>
        </dl>
      </section>
      {transfer && transfer.state !== "received" && <BankTransferDetails transfer={transfer} />}
      <section className={styles.card} aria-labelledby="lookup-items">
        <h2 id="lookup-items">{t("checkout.confirmed.items")}</h2>
        <OrderLines items={order.items} />
        {address && (
          <>
            <h2>{t("checkout.confirmed.shipTo")}</h2>
            <ShippingAddress address={address} />
          </>
        )}
      </section>
    </div>
  )
}
