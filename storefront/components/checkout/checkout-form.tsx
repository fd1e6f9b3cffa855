"use client"

import { useActionState, useEffect, useRef } from "react"
import dynamic from "next/dynamic"
import { placeOrder, type CheckoutState } from "@/lib/actions/checkout"
import styles from "./shop.module.css"
import { Field, RegionFields } from "./address-fields"

const StripePayment = dynamic(() => import("./stripe-payment").then((m) => m.StripePayment), {
  ssr: false,
})

type Division = { code: string; name: string }

export type ShippingGroup = {
  storage: "ambient" | "cold_chain"
  options: {
    id: string
    name: string
    description: string | null
    price: string
    is_pickup: boolean
  }[]
}

export type CheckoutMessages = Record<string, any>

type Props = {
  initial: CheckoutState
  provinces: Division[]
  shipping: ShippingGroup[]
  payments: ("bank_transfer" | "stripe")[]
  stripeKey: string | null
  messages: CheckoutMessages
}

function get(messages: CheckoutMessages, key: string): string {
  return key.split(".").reduce<any>((node, part) => node?.[part], messages) ?? key
}

export function CheckoutForm({
  initial,
  provinces,
  shipping,
  payments,
  stripeKey,
  messages,
}: Props) {
  const [state, action, pending] = useActionState(placeOrder, initial)
  const m = (key: string) => get(messages, key)
  const formError = useRef<HTMLParagraphElement>(null)
  const v = state.values

  useEffect(() => {
    if (state.round > 0 && state.formError) formError.current?.focus()
  }, [state.round, state.formError])

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
      <section className={styles.card} aria-labelledby="contact-heading">
        <h2 id="contact-heading">{m("contact.heading")}</h2>
        <Field
          name="contact"
          label={m("contact.label")}
          hint={m("contact.hint")}
          error={state.errors.contact}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="contact"
              className={styles.input}
              defaultValue={v.contact ?? ""}
              autoComplete="email"
            />
          )}
        </Field>
      </section>

      <section className={styles.card} aria-labelledby="address-heading">
        <h2 id="address-heading">{m("address.heading")}</h2>
        <div className={`${styles.row} ${styles.row2}`}>
          <Field name="recipient" label={m("address.recipient")} error={state.errors.recipient}>
            {(a11y) => (
              <input
                {...a11y}
                name="recipient"
                className={styles.input}
                defaultValue={v.recipient ?? ""}
                autoComplete="name"
              />
            )}
          </Field>
          <Field
            name="phone"
            label={m("address.phone")}
            hint={m("address.phoneHint")}
            error={state.errors.phone}
          >
            {(a11y) => (
              <input
                {...a11y}
                name="phone"
                type="tel"
                inputMode="numeric"
                maxLength={11}
                className={styles.input}
                defaultValue={v.phone ?? ""}
                autoComplete="tel-national"
              />
            )}
          </Field>
        </div>
        <RegionFields state={state} provinces={provinces} m={m} />
        <Field
          name="street"
          label={m("address.street")}
          hint={m("address.streetHint")}
          error={state.errors.street}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="street"
              className={styles.input}
              defaultValue={v.street ?? ""}
              autoComplete="address-line1"
            />
          )}
        </Field>
        <Field
          name="detail"
          label={m("address.detail")}
          hint={m("address.detailHint")}
          error={state.errors.detail}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="detail"
              className={styles.input}
              defaultValue={v.detail ?? ""}
              autoComplete="address-line2"
            />
          )}
        </Field>
        <Field name="postal_code" label={m("address.postalCode")} error={state.errors.postal_code}>
          {(a11y) => (
            <input
              {...a11y}
              name="postal_code"
              inputMode="numeric"
              maxLength={6}
              className={styles.input}
              defaultValue={v.postal_code ?? ""}
              autoComplete="postal-code"
            />
          )}
        </Field>
      </section>

      <section className={styles.card} aria-labelledby="shipping-heading">
        <h2 id="shipping-heading">{m("shipping.heading")}</h2>
        {shipping.map((group) => {
          const name = `shipping_${group.storage}`
          const error = state.errors[name]
          const chosen = v[name] ?? group.options[0]?.id
          return (
            <fieldset
              key={group.storage}
              className={styles.fieldset}
              aria-describedby={error ? `${name}-error` : undefined}
              data-testid={`shipping-${group.storage}`}
            >
              <legend className={styles.legend}>{m(`shipping.${group.storage}`)}</legend>
              {group.options.map((option) => (
                <label key={option.id} className={styles.choice}>
                  <input
                    type="radio"
                    name={name}
                    value={option.id}
                    defaultChecked={option.id === chosen}
                  />
                  <span className={styles.choiceText}>
                    <span>{option.name}</span>
                    {option.description && (
                      <span className={styles.hint}>{option.description}</span>
                    )}
                  </span>
                  <span className={styles.choicePrice}>{option.price}</span>
                </label>
              ))}
              {error && (
                <p id={`${name}-error`} className={styles.error} data-testid={`error-${name}`}>
                  {error}
                </p>
              )}
            </fieldset>
          )
        })}
      </section>

      <section className={styles.card} aria-labelledby="payment-heading">
        <h2 id="payment-heading">{m("payment.heading")}</h2>
        <fieldset
          className={styles.fieldset}
          aria-describedby={state.errors.payment ? "payment-error" : undefined}
        >
          <legend className={styles.visuallyHidden}>{m("payment.heading")}</legend>
          {payments.map((payment) => (
            <label key={payment} className={styles.choice}>
              <input
                type="radio"
                name="payment"
                value={payment}
                defaultChecked={(v.payment ?? "bank_transfer") === payment}
                data-testid={`payment-${payment}`}
              />
              <span className={styles.choiceText}>
                <span>{m(payment === "stripe" ? "payment.stripe" : "payment.bankTransfer")}</span>
                <span className={styles.hint}>
                  {m(payment === "stripe" ? "payment.stripeHint" : "payment.bankTransferHint")}
                </span>
              </span>
            </label>
          ))}
          {state.errors.payment && (
            <p id="payment-error" className={styles.error}>
              {state.errors.payment}
            </p>
          )}
        </fieldset>
      </section>

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
