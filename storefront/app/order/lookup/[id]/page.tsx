import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { bankTransferOf } from "@/lib/data/bank-transfer"
import { retrieveOrder } from "@/lib/data/orders"
import { t } from "@/lib/messages"
import { ORDER_ID } from "@/lib/order/status"
import styles from "@/modules/common/shop.module.css"
import { OrderPrivate } from "@/modules/order/components/order-private"
import { LookedUpOrderTemplate } from "@/modules/order/templates/looked-up-order-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("lookup.title"), robots: { index: false } }

/** One order a guest looked up (read with the lookup token; the backend checks the order's contact). */
export default async function LookedUpOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!ORDER_ID.test(id)) notFound()
  const order = await retrieveOrder(id)
  if (!order) {
    return (
      <OrderPrivate title={t("lookup.title")} text={t("lookup.private")}>
        <Link href="/order/lookup" className={styles.button}>
          {t("lookup.title")}
        </Link>
      </OrderPrivate>
    )
  }
  return <LookedUpOrderTemplate order={order} transfer={await bankTransferOf(order.id)} />
}
