import { formatYuan } from "@shared/money"
import type { ProfileShipping } from "@/lib/data/fulfillment"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** How far the cart is from free delivery, per shipping profile (the first delivery option with a threshold). */
export function ShippingHints({
  profiles,
  itemTotal,
}: {
  profiles: ProfileShipping[]
  itemTotal: number
}) {
  const hints = profiles.flatMap((profile) =>
    profile.options.filter((o) => !o.is_pickup && o.free_from !== null).slice(0, 1)
  )
  if (!hints.length) return null
  return (
    <section
      className={styles.card}
      aria-labelledby="shipping-hint-heading"
      data-testid="shipping-hints"
    >
      <h2 id="shipping-hint-heading">{t("cart.shippingHint.heading")}</h2>
      <ul className={styles.hints}>
        {hints.map((option) => {
          const threshold = formatYuan(option.free_from)
          return (
            <li key={option.id}>
              {itemTotal >= (option.free_from ?? 0)
                ? t("cart.shippingHint.reached", { name: option.name, threshold })
                : t("cart.shippingHint.missing", {
                    name: option.name,
                    threshold,
                    current: formatYuan(itemTotal),
                  })}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
