import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import { t } from "@/lib/messages"

/** The header's link to the cart with the number of units in it (server-rendered). */
export default async function CartLink() {
  const count = await cartItemCount()
  return (
    <Link href="/cart" className="cart-link" aria-label={t("cart.linkCount", { count })} data-testid="cart-link">
      <span aria-hidden="true">🛒</span> {t("cart.link")}
      <span className="cart-count" aria-hidden="true" data-testid="cart-count">
        {count}
      </span>
    </Link>
  )
}

export { CartLink }
