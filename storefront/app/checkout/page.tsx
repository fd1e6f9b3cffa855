import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { shippingByProfile } from "@/lib/data/fulfillment"
import { paymentProviders } from "@/lib/data/payment"
import { retrieveMyUnit, writesUnitOrders } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("checkout.title"), robots: { index: false } }

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ address?: string }>
}) {
  const { address } = await searchParams
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) redirect("/cart")
  const [profiles, providers, customer] = await Promise.all([
    shippingByProfile(cart),
    paymentProviders(cart.region_id!),
    retrieveCustomer(),
  ])
  const unit = customer ? await retrieveMyUnit().catch(() => null) : null
  return (
    <CheckoutTemplate
      cart={cart}
      profiles={profiles}
      providers={providers}
      customer={customer}
      chosenAddress={address}
      unitOrder={writesUnitOrders(unit)}
      // read per request on the server, so one build works with any key
      stripeKey={process.env.STRIPE_PUBLISHABLE_KEY || null}
    />
  )
}
