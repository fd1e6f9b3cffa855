"use client"

import { useActionState } from "react"
import { orderLookupAction, type LookupState } from "@/lib/actions/order-lookup"
import { Field } from "@/components/checkout/address-fields"
import styles from "@/components/checkout/shop.module.css"

type Messages = Record<string, any>
const get = (messages: Messages, key: string, values: Record<string, string> = {}): string =>
  String(key.split(".").reduce<any>((node, part) => node?.[part], messages) ?? key).replace(
    /\{(\w+)\}/g,
    (_, name) => values[name] ?? `{${name}}`
  )

const initial: LookupState = { round: 0, step: "contact", values: {}, errors: {} }

/** The guest order lookup: contact → 6-digit code → the contact's orders. Works without JavaScript. */
export function OrderLookupForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(orderLookupAction, initial)
  const m = (key: string, values?: Record<string, string>) => get(messages, key, values)
  return (
    <form action={action} noValidate key={state.round} data-testid="lookup-form">
      {state.formError && (
        <p className={styles.formError} role="alert" data-testid="lookup-error">
          {state.formError}
        </p>
      )}
      {state.message && (
        <p className={styles.notice} role="status" data-testid="lookup-sent">
          {state.message}
        </p>
      )}
      {state.step === "contact" ? (
        <>
          <Field
            idPrefix="lookup"
            name="contact"
            label={m("contact")}
            hint={m("contactHint")}
            error={state.errors.contact}
          >
            {(a11y) => (
              <input
                {...a11y}
                name="contact"
                className={styles.input}
                defaultValue={state.values.contact ?? ""}
                autoComplete="email"
                maxLength={254}
              />
            )}
          </Field>
          <button
            type="submit"
            name="intent"
            value="send"
            className={`${styles.button} ${styles.buttonBlock}`}
            disabled={pending}
          >
            {m("send")}
          </button>
        </>
      ) : (
        <>
          <p data-testid="lookup-contact">{m("sentTo", { contact: state.values.contact ?? "" })}</p>
          <input type="hidden" name="contact" value={state.values.contact ?? ""} />
          <Field
            idPrefix="lookup"
            name="code"
            label={m("code")}
            hint={m("codeHint")}
            error={state.errors.code}
          >
            {(a11y) => (
              <input
                {...a11y}
                name="code"
                className={styles.input}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={6}
              />
            )}
          </Field>
          <button
            type="submit"
            name="intent"
            value="verify"
            className={`${styles.button} ${styles.buttonBlock}`}
            disabled={pending}
          >
            {m("verify")}
          </button>
          <p>
            <button
              type="submit"
              name="intent"
              value="send"
              className={`${styles.button} ${styles.secondary}`}
              disabled={pending}
            >
              {m("resend")}
            </button>{" "}
            <button
              type="submit"
              name="intent"
              value="change"
              className={`${styles.button} ${styles.secondary}`}
              disabled={pending}
            >
              {m("change")}
            </button>
          </p>
        </>
      )}
    </form>
  )
}
