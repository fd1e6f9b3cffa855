import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { AccountShell, orderStatus } from "@/components/account/account-shell"
import { BankTransferDetails } from "@/components/checkout/bank-transfer-details"
import { OrderLines } from "@/components/checkout/order-lines"
import { ShippingAddress } from "@/components/checkout/shipping-address"
import styles from "@/components/checkout/shop.module.css"
import { bankTransferOf } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { orderAid, retrieveCustomerOrder } from "@/lib/data/orders"
import { formatDateTime, formatMoney } from "@/lib/checkout/format"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.orders.heading"), robots: { index: false } }

export default async function AccountOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  const order = await retrieveCustomerOrder(id, customer.id)
  if (!order) notFound()
  const [aid, transfer] = await Promise.all([orderAid(order.id), bankTransferOf(order.id)])
  const labels = (order.fulfillments ?? []).flatMap((f: any) => f.labels ?? [])
  const address = order.shipping_address
  return (
    <AccountShell customer={customer} current="orders">
      <p>
        <Link href="/account">{t("account.orders.back")}</Link>
      </p>
      <section
        className={styles.card}
        aria-labelledby="order-heading"
        data-testid="account-order-detail"
      >
        <h2 id="order-heading">{t("account.orders.number", { id: order.display_id! })}</h2>
        <dl className={styles.bank}>
          <dt>{t("account.orders.placedAt")}</dt>
          <dd>{formatDateTime(order.created_at as any)}</dd>
          <dt>{t("account.orders.status")}</dt>
          <dd data-testid="order-status">{orderStatus(order as any)}</dd>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="aid-heading" data-testid="order-aid">
        <h2 id="aid-heading">{t("account.aid.heading")}</h2>
        {aid && aid.towns.length ? (
          <>
            <p className={styles.hint}>{t("account.aid.intro")}</p>
            <table className={styles.table}>
              <tbody>
                {aid.towns.map((town) => (
                  <tr key={town.town_id} data-testid="aid-town">
                    <th scope="row">{town.name}</th>
                    <td>{formatMoney(town.amount)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("account.aid.total")}</th>
                  <td>
                    <strong>{formatMoney(aid.total)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
          </>
        ) : aid && !aid.paid ? (
          <p data-testid="aid-awaiting-payment">{t("account.aid.awaitingPayment")}</p>
        ) : (
          <p>{t("account.aid.pending")}</p>
        )}
      </section>

      <section className={styles.card} aria-labelledby="tracking-heading">
        <h2 id="tracking-heading">{t("account.orders.tracking")}</h2>
        {labels.length ? (
          <ul>
            {labels.map((label: any) => (
              <li key={label.id}>
                {t("account.orders.trackingNumber")} {label.tracking_number}
                {label.tracking_url && (
                  <>
                    {" "}
                    <a href={label.tracking_url} rel="noopener noreferrer" target="_blank">
                      {t("account.orders.trackingLink")}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.hint}>{t("account.orders.noTracking")}</p>
        )}
      </section>

      {transfer && transfer.state !== "received" && <BankTransferDetails transfer={transfer} />}

      <section className={styles.card} aria-labelledby="items-heading">
        <h2 id="items-heading">{t("account.orders.items")}</h2>
        <OrderLines items={order.items} />
        <dl className={styles.totals}>
          <div>
            <dt>{t("account.orders.itemTotal")}</dt>
            <dd>{formatMoney(order.item_total)}</dd>
          </div>
          {Number(order.discount_total ?? 0) > 0 && (
            <div>
              <dt>{t("account.orders.discountTotal")}</dt>
              <dd>−{formatMoney(order.discount_total)}</dd>
            </div>
          )}
          <div>
            <dt>{t("account.orders.shippingTotal")}</dt>
            <dd>{formatMoney(order.shipping_total)}</dd>
          </div>
          <div className={styles.grand}>
            <dt>{t("account.orders.grandTotal")}</dt>
            <dd>{formatMoney(order.total)}</dd>
          </div>
        </dl>
        {address && (
          <>
            <h3>{t("account.orders.shipping")}</h3>
            <ShippingAddress address={address} />
          </>
        )}
      </section>
    </AccountShell>
  )
}
