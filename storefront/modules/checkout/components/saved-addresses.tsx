import Link from "next/link"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

type SavedAddress = NonNullable<StoreCustomer["addresses"]>[number]

/** A logged-in buyer's saved addresses: each link fills the form with it (`?address=`). */
export function SavedAddresses({
  addresses,
  chosen,
}: {
  addresses: SavedAddress[]
  chosen?: string
}) {
  if (!addresses.length) return null
  return (
    <nav className={styles.card} aria-labelledby="saved-addresses-heading">
      <h2 id="saved-addresses-heading">{t("checkout.address.saved")}</h2>
      <ul className={styles.chips} data-testid="checkout-saved-addresses">
        {addresses.map((address) => (
          <li key={address.id}>
            <Link
              href={`/checkout?address=${address.id}`}
              className={styles.chip}
              aria-current={address.id === chosen ? "true" : undefined}
            >
              {address.first_name} · {address.city} {address.address_1}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
