import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import { t } from "@/lib/messages"

/** The header's link to the cart with the number of units in it (none while unknown). */
export function CartLink({ count }: { count: number | null }) {
  return (
    <Link
      href="/cart"
      className="header-icon-link cart-link"
      aria-label={count === null ? t("cart.link") : t("cart.linkCount", { count })}
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
      {count !== null && (
        <span className="cart-count" aria-hidden="true" data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  )
}

/** The cart link rendered with the visitor's cart (reads the cart cookie: the page is dynamic). */
export async function ServerCartLink() {
  return <CartLink count={await cartItemCount()} />
}
