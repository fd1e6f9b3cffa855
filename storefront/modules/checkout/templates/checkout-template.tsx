import type { CheckoutState } from "@/lib/actions/checkout"
import { cascadeOptions } from "@/lib/address/regions"
import { checkoutFormValues } from "@/lib/checkout/form-values"
import { formatYuan } from "@shared/money"
import type { StoreCart } from "@/lib/data/cart"
import type { StoreCustomer } from "@/lib/data/customer"
import type { ProfileShipping, ShippingChoice } from "@/lib/data/fulfillment"
import { kilograms } from "@shared/shipping-options"
import { ALIPAY_PROVIDER, STRIPE_PROVIDER, WECHATPAY_PROVIDER } from "@/lib/data/payment"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { CheckoutForm } from "../components/checkout-form"
import { CheckoutSummary } from "../components/checkout-summary"
import type { PaymentChoice } from "../components/payment-section"
import { SavedAddresses } from "../components/saved-addresses"
import type { ShippingGroup } from "../components/shipping-section"

/** "约 1030 公斤 · 3–7 天送达" beside an option priced by weight; null for the others. */
function shippingDetail(option: ShippingChoice): string | null {
  const parts = [
    option.parcel_grams !== null
      ? t("checkout.shipping.weight", { kg: kilograms(option.parcel_grams) })
      : null,
    option.days ? t("checkout.shipping.days", { from: option.days[0], to: option.days[1] }) : null,
  ].filter(Boolean)
  return parts.length ? parts.join(" · ") : null
}

/** The checkout page: saved addresses to start from, the form, and the cart's summary beside it. */
export function CheckoutTemplate({
  cart,
  profiles,
  providers,
  customer,
  chosenAddress,
  stripeKey,
  unitOrder = false,
  invoiceValues = {},
}: {
  cart: StoreCart
  profiles: ProfileShipping[]
  providers: string[]
  customer: StoreCustomer | null
  chosenAddress?: string
  stripeKey: string | null
  /** a verified unit's 管理员 or 采购员 (GET /store/units/me): the 采购单号 and 备注 fields */
  unitOrder?: boolean
  /** the 开具发票 fields' first values (lib/checkout/invoice.ts) */
  invoiceValues?: Record<string, string>
}) {
  const values = { ...checkoutFormValues(cart, customer, chosenAddress), ...invoiceValues }
  // the delivery already chosen for each profile stays chosen
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
      price: o.amount > 0 ? formatYuan(o.amount) : t("checkout.shipping.free"),
      detail: shippingDetail(o),
    })),
  }))
  // each only when the region offers its provider
  const payments: PaymentChoice[] = [
    ...(providers.includes(WECHATPAY_PROVIDER) ? (["wechatpay"] as const) : []),
    ...(providers.includes(ALIPAY_PROVIDER) ? (["alipay"] as const) : []),
    "bank_transfer",
    ...(providers.includes(STRIPE_PROVIDER) && stripeKey ? (["stripe"] as const) : []),
  ]

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("checkout.title")}</h1>
      <SavedAddresses addresses={customer?.addresses ?? []} chosen={chosenAddress} />
      <div className={styles.layout}>
        <CheckoutForm
          initial={initial}
          provinces={provinces}
          shipping={shipping}
          payments={payments}
          stripeKey={stripeKey}
          unitOrder={unitOrder}
          messages={messagesOf("checkout")}
        />
        <aside>
          <CheckoutSummary cart={cart} />
        </aside>
      </div>
    </div>
  )
}
