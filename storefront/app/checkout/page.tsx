import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCart } from "@/lib/data/cart"
import { invoiceTitlesOf, retrieveCustomer } from "@/lib/data/customer"
import { checkoutInvoiceValues } from "@/lib/checkout/invoice"
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
  // 开具发票: a unit member starts from the unit's invoice details, a buyer from the first saved 抬头
  const invoiceValues = checkoutInvoiceValues({
    cartMetadata: cart.metadata,
    unit: unit?.unit.status === "verified" ? unit.unit.invoice : null,
    saved: invoiceTitlesOf(customer)[0] ?? null,
    email: customer?.email ?? (cart.email || ""),
  })
  return (
    <CheckoutTemplate
      cart={cart}
      profiles={profiles}
      providers={providers}
      customer={customer}
      chosenAddress={address}
      unitOrder={writesUnitOrders(unit)}
      invoiceValues={invoiceValues}
      // read per request on the server, so one build works with any key
      stripeKey={process.env.STRIPE_PUBLISHABLE_KEY || null}
    />
  )
}
