"use client"

import { useMemo, useState } from "react"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { completeOnlinePayment } from "@/lib/actions/checkout"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"

type Props = { clientSecret: string; publishableKey: string; messages: MessageTree }

function PayButton({ m }: { m: (key: string) => string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function pay() {
    if (!stripe || !elements) return
    setBusy(true)
    setError(null)
    const result = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/checkout/paid` },
    })
    if (result.error) {
      setError(result.error.message ?? m("errors.paymentFailed"))
      setBusy(false)
      return
    }
    const answer = await completeOnlinePayment()
    if (answer?.error) {
      setError(answer.error)
      setBusy(false)
    }
  }

  return (
    <>
      {error && (
        <p className={styles.formError} role="alert" data-testid="stripe-error">
          {error}
        </p>
      )}
      <button
        type="button"
        className={`${styles.button} ${styles.buttonBlock}`}
        onClick={pay}
        disabled={!stripe || busy}
        data-testid="stripe-pay"
      >
        {busy ? m("payment.paying") : m("payment.pay")}
      </button>
    </>
  )
}

/**
 * Stripe's Payment Element for the cart's Stripe payment session (only shown
 * when the region offers pp_stripe_stripe): the methods the account enables.
 * `publishableKey` comes from the server (STRIPE_PUBLISHABLE_KEY, read at
 * request time), so one build works with any Stripe account.
 */
export function StripePayment({ clientSecret, publishableKey, messages }: Props) {
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  const m = messageReader(messages)
  return (
    <section className={styles.card} aria-labelledby="stripe-heading" data-testid="stripe-payment">
      <h2 id="stripe-heading">{m("payment.stripe")}</h2>
      <Elements stripe={stripe} options={{ clientSecret, locale: "zh" }}>
        <PaymentElement />
        <PayButton m={m} />
      </Elements>
    </section>
  )
}
