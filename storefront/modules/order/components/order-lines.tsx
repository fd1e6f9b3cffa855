import type { HttpTypes } from "@medusajs/types"
import styles from "@/modules/common/shop.module.css"
import { formatYuan } from "@shared/money"

/** An order's lines: product, variant, quantity and Medusa's line total. */
export function OrderLines({
  items,
}: {
  items: HttpTypes.StoreOrderLineItem[] | null | undefined
}) {
  return (
    <ul className={styles.lines}>
      {(items ?? []).map((item) => (
        <li key={item.id} className={styles.lineMeta}>
          {item.product_title} {item.variant_title} × {item.quantity} · {formatYuan(item.total)}
        </li>
      ))}
    </ul>
  )
}
