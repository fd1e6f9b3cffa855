import { ServerCartLink } from "@/modules/layout/components/cart-link"

/** The header's cart link on every page rendered per request: the count read with the cart cookie. */
export default function CartLinkSlot() {
  return <ServerCartLink />
}
