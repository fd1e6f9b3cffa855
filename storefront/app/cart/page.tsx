import type { Metadata } from "next"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveMyUnit } from "@/lib/data/units"
import { shippingByProfile } from "@/lib/data/fulfillment"
import { t } from "@/lib/messages"
import { quoteThreshold } from "@/lib/quotes/view"
import { CartTemplate, EmptyCartTemplate } from "@/modules/cart/templates/cart-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("cart.title"), robots: { index: false } }

export default async function CartPage() {
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) return <EmptyCartTemplate />
  const [profiles, membership] = await Promise.all([
    shippingByProfile(cart).catch(() => []),
    // a unit's 采购员 may ask a price for the cart (申请询价)
    retrieveCustomer().then((customer) => (customer ? retrieveMyUnit().catch(() => null) : null)),
  ])
  const quote = { membership, threshold: quoteThreshold(process.env.QUOTE_MIN_AMOUNT) }
  return <CartTemplate cart={cart} profiles={profiles} quote={quote} />
}
