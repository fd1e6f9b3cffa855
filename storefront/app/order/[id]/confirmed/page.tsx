import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { bankTransferOf } from "@/lib/data/bank-transfer"
import { alipayStatusOf } from "@/lib/data/online-payments"
import { orderUnitNote, retrieveOrder } from "@/lib/data/orders"
import { t } from "@/lib/messages"
import { ORDER_ID } from "@/lib/order/status"
import styles from "@/modules/common/shop.module.css"
import { OrderPrivate } from "@/modules/order/components/order-private"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("checkout.confirmed.title"), robots: { index: false } }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!ORDER_ID.test(id)) notFound()
  // The backend answers only the order's logged-in buyer, the browser that placed
  // it (its order token) and a guest who looked it up by its contact; anyone else
  // with the link is told the order is private and how to see it.
  const order = await retrieveOrder(id)
  if (!order) {
    return (
      <OrderPrivate title={t("checkout.confirmed.title")} text={t("checkout.confirmed.private")}>
        <Link href="/account" className={styles.button}>
          {t("checkout.confirmed.login")}
        </Link>{" "}
        <Link href="/order/lookup" className={styles.button} data-testid="order-lookup-link">
          {t("checkout.confirmed.lookup")}
        </Link>
      </OrderPrivate>
    )
  }
  const [transfer, alipay, unitNote] = await Promise.all([
    bankTransferOf(order.id),
    alipayStatusOf(order.id),
    orderUnitNote(order.id),
  ])
  return (
    <OrderConfirmedTemplate order={order} transfer={transfer} alipay={alipay} unitNote={unitNote} />
  )
}
