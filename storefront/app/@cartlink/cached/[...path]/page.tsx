import { readCartLink } from "@/lib/actions/buyer"
import { BuyerPart } from "@/modules/common/components/buyer-part"
import { CartLink } from "@/modules/layout/components/cart-link"

/**
 * The header's cart link on the pages served from Next's cache (app/cached):
 * the page is the same for everyone, the count is read from the browser.
 */
export default function CachedCartLinkSlot() {
  return <BuyerPart load={readCartLink} fallback={<CartLink count={null} />} />
}
