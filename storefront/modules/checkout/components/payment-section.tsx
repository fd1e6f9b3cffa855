import styles from "@/modules/common/shop.module.css"

/**
 * The ways to pay the checkout offers: 微信支付 and 支付宝 when the region has
 * their providers, 对公转账 always, Stripe when the region and a key allow it.
 */
export type PaymentChoice = "wechatpay" | "alipay" | "bank_transfer" | "stripe"

/** The message keys of each choice's name and hint. */
const LABELS: Record<PaymentChoice, [string, string]> = {
  wechatpay: ["payment.wechatpay", "payment.wechatpayHint"],
  alipay: ["payment.alipay", "payment.alipayHint"],
  bank_transfer: ["payment.bankTransfer", "payment.bankTransferHint"],
  stripe: ["payment.stripe", "payment.stripeHint"],
}

export function PaymentSection({
  payments,
  state,
  m,
}: {
  payments: PaymentChoice[]
  state: { values: Record<string, string>; errors: Partial<Record<string, string>> }
  m: (key: string) => string
}) {
  const error = state.errors.payment
  return (
    <section className={styles.card} aria-labelledby="payment-heading">
      <h2 id="payment-heading">{m("payment.heading")}</h2>
      <fieldset className={styles.fieldset} aria-describedby={error ? "payment-error" : undefined}>
        <legend className={styles.visuallyHidden}>{m("payment.heading")}</legend>
        {payments.map((payment) => (
          <label key={payment} className={styles.choice}>
            <input
              type="radio"
              name="payment"
              value={payment}
              defaultChecked={(state.values.payment ?? "bank_transfer") === payment}
              data-testid={`payment-${payment}`}
            />
            <span className={styles.choiceText}>
              <span>{m(LABELS[payment][0])}</span>
              <span className={styles.hint}>{m(LABELS[payment][1])}</span>
            </span>
          </label>
        ))}
        {error && (
          <p id="payment-error" className={styles.error}>
            {error}
          </p>
        )}
      </fieldset>
    </section>
  )
}
