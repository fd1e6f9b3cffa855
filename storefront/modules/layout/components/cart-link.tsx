import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import { t } from "@/lib/messages"

/** The header's link to the cart with the number of units in it (server-rendered). */
export async function CartLink() {
  const count = await cartItemCount()
  return (
    <Link
      href="/cart"
      className="header-icon-link cart-link"
      aria-label={t("cart.linkCount", { count })}
      data-testid="cart-link"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M3 4h2l2.2 10.2a1.5 1.5 0 0 0 1.5 1.2h8.4a1.5 1.5 0 0 0 1.5-1.1L20.5 8H6.2" />
        <circle cx="9.5" cy="19.5" r="1.3" />
        <circle cx="17" cy="19.5" r="1.3" />
      </svg>
      <span className="header-icon-label">{t("cart.link")}</span>
      <span className="cart-count" aria-hidden="true" data-testid="cart-count">
        {count}
      </span>
    </Link>
  )
}
