import type { Metadata } from "next"
import { retrieveCart } from "@/lib/data/cart"
import { shippingByProfile } from "@/lib/data/fulfillment"
import { t } from "@/lib/messages"
import { CartTemplate, EmptyCartTemplate } from "@/modules/cart/templates/cart-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("cart.title"), robots: { index: false } }

export default async function CartPage() {
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) return <EmptyCartTemplate />
  const profiles = await shippingByProfile(cart).catch(() => [])
  return <CartTemplate cart={cart} profiles={profiles} />
}
