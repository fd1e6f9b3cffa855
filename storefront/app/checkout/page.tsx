import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { CartTotals } from "@/components/cart/cart-totals"
import { CheckoutForm, type ShippingGroup } from "@/components/checkout/checkout-form"
import styles from "@/components/checkout/shop.module.css"
import type { CheckoutState } from "@/lib/actions/checkout"
import { cascadeOptions } from "@/lib/address/regions"
import { retrieveCart } from "@/lib/data/cart"
import { paymentProviders, shippingByProfile, STRIPE_PROVIDER } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { formatMoney } from "@/lib/checkout/format"
import { messagesOf, t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("checkout.title"), robots: { index: false } }

/** The form's first values: what the cart already holds, else the customer's first saved address. */
function initialValues(cart: any, customer: any, chosen?: string): Record<string, string> {
  const saved = customer?.addresses?.find((a: any) => a.id === chosen)
  const address =
    saved ??
    (cart.shipping_address?.metadata?.province_code
      ? cart.shipping_address
      : customer?.addresses?.[0])
  const meta = address?.metadata ?? {}
  const values: Record<string, string> = {
    contact: cart.metadata?.contact ?? cart.email ?? customer?.email ?? "",
    recipient: address?.first_name ?? "",
    phone: address?.phone ?? customer?.phone ?? "",
    province: meta.province_code ?? "",
    city: meta.city_code ?? "",
    district: meta.district_code ?? "",
    street: meta.street ?? "",
    detail: meta.detail ?? "",
    postal_code: address?.postal_code ?? "",
  }
  return values
}

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ address?: string }>
}) {
  const { address: chosenAddress } = await searchParams
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) redirect("/cart")
  const [profiles, providers, customer] = await Promise.all([
    shippingByProfile(cart),
    paymentProviders(cart.region_id!),
    retrieveCustomer(),
  ])
  const values = initialValues(cart, customer, chosenAddress)
  const savedAddresses = customer?.addresses ?? []
  for (const profile of profiles) {
    const method = (cart.shipping_methods ?? []).find((m) =>
      profile.options.some((o) => o.id === m.shipping_option_id)
    )
    if (method?.shipping_option_id)
      values[`shipping_${profile.storage}`] = method.shipping_option_id
  }
  const { provinces, cities, districts } = cascadeOptions(values.province, values.city)
  const initial: CheckoutState = { round: 0, values, errors: {}, options: { cities, districts } }
  const shipping: ShippingGroup[] = profiles.map((profile) => ({
    storage: profile.storage,
    options: profile.options.map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      is_pickup: o.is_pickup,
      price: o.amount > 0 ? formatMoney(o.amount) : t("checkout.shipping.free"),
    })),
  }))
  // read per request on the server, so one build works with any key
  const stripeKey = process.env.STRIPE_PUBLISHABLE_KEY || null
  const payments: ("bank_transfer" | "stripe")[] = [
    "bank_transfer",
    ...(providers.includes(STRIPE_PROVIDER) && stripeKey ? (["stripe"] as const) : []),
  ]
  const count = cart.items.reduce((acc, item) => acc + item.quantity, 0)

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("checkout.title")}</h1>
      {savedAddresses.length > 0 && (
        <nav className={styles.card} aria-labelledby="saved-addresses-heading">
          <h2 id="saved-addresses-heading">{t("checkout.address.saved")}</h2>
          <ul className={styles.chips} data-testid="checkout-saved-addresses">
            {savedAddresses.map((address) => (
              <li key={address.id}>
                <Link
                  href={`/checkout?address=${address.id}`}
                  className={styles.chip}
                  aria-current={address.id === chosenAddress ? "true" : undefined}
                >
                  {address.first_name} · {address.city} {address.address_1}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className={styles.layout}>
        <CheckoutForm
          initial={initial}
          provinces={provinces}
          shipping={shipping}
          payments={payments}
          stripeKey={stripeKey}
          messages={messagesOf("checkout")}
        />
        <aside>
          <section
            className={styles.card}
            aria-labelledby="summary-heading"
            data-testid="checkout-summary"
          >
            <h2 id="summary-heading">{t("checkout.summary.heading")}</h2>
            <p className={styles.hint}>{t("checkout.summary.items", { count })}</p>
            <ul className={styles.lines}>
              {cart.items.map((item) => (
                <li key={item.id} className={styles.lineMeta}>
                  {item.product_title} {item.variant_title} × {item.quantity} ·{" "}
                  {formatMoney(item.total)}
                </li>
              ))}
            </ul>
            <CartTotals cart={cart} shippingKnown={(cart.shipping_methods ?? []).length > 0} />
            <Link href="/cart">{t("checkout.backToCart")}</Link>
          </section>
        </aside>
      </div>
    </div>
  )
}
