import Link from "next/link"
import type { BulkOrderSummary } from "@http/bulk-order"
import type { StoreUnitResponse } from "@http/unit"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { BulkOrderList } from "../components/bulk/bulk-order-list"
import { mayOrderInBulk, UnitTabs } from "../components/unit-tabs"

/** /unit/bulk-orders: the unit's bulk orders (every member). */
export function BulkOrdersTemplate({
  customer,
  membership,
  orders,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  orders: BulkOrderSummary[]
}) {
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="orders" />
      <section className={styles.card} aria-labelledby="bulk-orders-heading">
        <h1 id="bulk-orders-heading" className={styles.title}>
          {t("bulk.list.title")}
        </h1>
        {mayOrderInBulk(membership) && (
          <p>
            <Link href="/unit/bulk" className={styles.button}>
              {t("bulk.list.create")}
            </Link>
          </p>
        )}
        <BulkOrderList orders={orders} />
      </section>
    </AccountShell>
  )
}
