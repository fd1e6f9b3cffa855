import type { HttpTypes } from "@medusajs/types"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { OrderList } from "@/modules/order/components/order-list"
import { AccountShell } from "../components/account-shell"

/** The signed-in customer's orders, newest first. */
export function AccountOrdersTemplate({
  customer,
  orders,
}: {
  customer: StoreCustomer
  orders: HttpTypes.StoreOrder[]
}) {
  return (
    <AccountShell customer={customer} current="orders">
      <section className={styles.card} aria-labelledby="orders-heading">
        <h2 id="orders-heading">{t("account.orders.heading")}</h2>
        {orders.length === 0 ? (
          <p>{t("account.orders.empty")}</p>
        ) : (
          <OrderList
            orders={orders}
            testId="account-orders"
            itemTestId="account-order"
            hrefOf={(order) => `/account/orders/${order.id}`}
            labels={{
              view: (order) => t("account.orders.view", { id: order.display_id! }),
              number: (order) => t("account.orders.number", { id: order.display_id! }),
              placedAt: t("account.orders.placedAt"),
              total: t("account.orders.total"),
            }}
          />
        )}
      </section>
    </AccountShell>
  )
}
