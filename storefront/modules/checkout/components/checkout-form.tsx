"use client"

import { useActionState, useEffect, useRef } from "react"
import dynamic from "next/dynamic"
import { placeOrder, type CheckoutState } from "@/lib/actions/checkout"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"
import { AddressSection, ContactSection } from "./address-section"
import { PaymentSection, type PaymentChoice } from "./payment-section"
import { ShippingSection, type ShippingGroup } from "./shipping-section"
import { InvoiceSection } from "./invoice-section"
import { UnitOrderSection } from "./unit-order-section"
import { WechatOauthRedirect } from "./wechat-oauth-redirect"
import { WechatPayment } from "./wechat-payment"

const StripePayment = dynamic(() => import("./stripe-payment").then((m) => m.StripePayment), {
  ssr: false,
})

type Division = { code: string; name: string }

type Props = {
  initial: CheckoutState
  provinces: Division[]
  shipping: ShippingGroup[]
  payments: PaymentChoice[]
  stripeKey: string | null
  /** a verified unit's 管理员 or 采购员: the 采购单号 and 备注 fields */
  unitOrder?: boolean
  /** the checkout namespace of the messages */
  messages: MessageTree
}

/**
 * The checkout in one form (works without JavaScript): contact, address,
 * a delivery choice per shipping profile, 开具发票 (optional) and the way to pay; the server
 * action checks every field before it writes anything to the cart. Paying
 * online swaps the form for Stripe's Payment Element or WeChat Pay's QR code
 * (支付宝 leaves for Alipay's cashier from the server action).
 */
export function CheckoutForm({
  initial,
  provinces,
  shipping,
  payments,
  stripeKey,
  unitOrder,
  messages,
}: Props) {
  const [state, action, pending] = useActionState(placeOrder, initial)
  const m = messageReader(messages)
  const formError = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (state.round > 0 && state.formError) formError.current?.focus()
  }, [state.round, state.formError])

  if (state.wechatOauth) {
    return <WechatOauthRedirect url={state.wechatOauth} messages={messages} />
  }

  if (state.wechatpay) {
    return <WechatPayment initial={state.wechatpay} messages={messages} />
  }

  if (state.stripe && stripeKey) {
    return (
      <StripePayment
        clientSecret={state.stripe.client_secret}
        publishableKey={stripeKey}
        messages={messages}
      />
    )
  }

  return (
    <form action={action} noValidate data-testid="checkout-form" key={state.round}>
      {state.formError && (
        <p
          ref={formError}
          tabIndex={-1}
          className={styles.formError}
          role="alert"
          data-testid="checkout-error"
        >
          {state.formError}
        </p>
      )}
      <ContactSection state={state} m={m} />
      <AddressSection state={state} provinces={provinces} m={m} />
      <ShippingSection shipping={shipping} state={state} m={m} />
      {unitOrder && <UnitOrderSection state={state} m={m} />}
      <InvoiceSection state={state} m={m} />
      <PaymentSection payments={payments} state={state} m={m} />
      <button
        type="submit"
        className={`${styles.button} ${styles.buttonBlock}`}
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="place-order"
      >
        {pending ? m("submitting") : m("submit")}
      </button>
    </form>
  )
}
