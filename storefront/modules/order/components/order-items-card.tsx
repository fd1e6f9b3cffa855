import type { HttpTypes } from "@medusajs/types"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { OrderLines } from "./order-lines"
import { ShippingAddress } from "./shipping-address"

/** An order's lines and where it goes (the confirmation and the guest lookup's order page). */
export function OrderItemsCard({
  order,
  headingId,
}: {
  order: HttpTypes.StoreOrder
  headingId: string
}) {
  const address = order.shipping_address
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{t("checkout.confirmed.items")}</h2>
      <OrderLines items={order.items} />
      {address && (
        <>
          <h2>{t("checkout.confirmed.shipTo")}</h2>
          <ShippingAddress address={address} />
        </>
      )}
    </section>
  )
}
