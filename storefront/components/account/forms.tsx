"use client"

import { useActionState } from "react"
import {
  addAddressAction,
  addInvoiceTitleAction,
  loginAction,
  registerAction,
  type FormState,
} from "@/lib/actions/account"
import { Field, RegionFields } from "@/components/checkout/address-fields"
import styles from "@/components/checkout/shop.module.css"

type Messages = Record<string, any>
const get = (messages: Messages, key: string): string =>
  key.split(".").reduce<any>((node, part) => node?.[part], messages) ?? key

const empty: FormState = { round: 0, values: {}, errors: {} }

function Status({ state }: { state: FormState }) {
  return (
    <>
      {state.formError && (
        <p className={styles.formError} role="alert">
          {state.formError}
        </p>
      )}
      {state.message && (
        <p className={styles.notice} role="status">
          {state.message}
        </p>
      )}
    </>
  )
}

function Text({
  form,
  state,
  name,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
}: {
  form: string
  state: FormState
  name: string
  label: string
  hint?: string
  type?: string
  autoComplete?: string
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"]
  maxLength?: number
}) {
  return (
    <Field idPrefix={form} name={name} label={label} hint={hint} error={state.errors[name]}>
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          type={type}
          className={styles.input}
          defaultValue={type === "password" ? undefined : state.values[name] ?? ""}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
        />
      )}
    </Field>
  )
}

export function LoginForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(loginAction, empty)
  const m = (key: string) => get(messages, key)
  return (
    <form action={action} noValidate key={state.round} data-testid="login-form">
      <Status state={state} />
      <Text form="login" state={state} name="email" label={m("login.email")} type="email" autoComplete="email" />
      <Text form="login" state={state} name="password" label={m("login.password")} type="password" autoComplete="current-password" />
      <button type="submit" className={`${styles.button} ${styles.buttonBlock}`} disabled={pending}>
        {m("login.submit")}
      </button>
    </form>
  )
}

export function RegisterForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(registerAction, empty)
  const m = (key: string) => get(messages, key)
  return (
    <form action={action} noValidate key={state.round} data-testid="register-form">
      <Status state={state} />
      <Text form="register" state={state} name="email" label={m("login.email")} type="email" autoComplete="email" />
      <Text form="register" state={state} name="name" label={m("register.name")} autoComplete="name" />
      <Text form="register" state={state} name="phone" label={m("register.phone")} type="tel" inputMode="numeric" maxLength={11} autoComplete="tel-national" />
      <Text form="register" state={state} name="password" label={m("register.password")} type="password" autoComplete="new-password" />
      <Text form="register" state={state} name="password_confirm" label={m("register.passwordConfirm")} type="password" autoComplete="new-password" />
      <button type="submit" className={`${styles.button} ${styles.buttonBlock}`} disabled={pending}>
        {m("register.submit")}
      </button>
    </form>
  )
}

export function AddressForm({
  messages,
  checkoutMessages,
  provinces,
}: {
  messages: Messages
  checkoutMessages: Messages
  provinces: { code: string; name: string }[]
}) {
  const [state, action, pending] = useActionState(addAddressAction, empty)
  const m = (key: string) => get(messages, key)
  const c = (key: string) => get(checkoutMessages, key)
  return (
    <form action={action} noValidate key={state.round} data-testid="address-form">
      <Status state={state} />
      <div className={`${styles.row} ${styles.row2}`}>
        <Text form="address" state={state} name="recipient" label={c("address.recipient")} autoComplete="name" />
        <Text form="address" state={state} name="phone" label={c("address.phone")} type="tel" inputMode="numeric" maxLength={11} autoComplete="tel-national" />
      </div>
      <RegionFields state={state} provinces={provinces} m={c} />
      <Text form="address" state={state} name="street" label={c("address.street")} autoComplete="address-line1" />
      <Text form="address" state={state} name="detail" label={c("address.detail")} autoComplete="address-line2" />
      <button type="submit" className={styles.button} disabled={pending}>
        {m("addresses.save")}
      </button>
    </form>
  )
}

export function InvoiceTitleForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(addInvoiceTitleAction, empty)
  const m = (key: string) => get(messages, key)
  return (
    <form action={action} noValidate key={state.round} data-testid="invoice-form">
      <Status state={state} />
      <Text form="invoice" state={state} name="title" label={m("invoices.title")} autoComplete="organization" />
      <Text form="invoice" state={state} name="tax_id" label={m("invoices.taxId")} hint={m("invoices.taxIdHint")} maxLength={24} />
      <button type="submit" className={styles.button} disabled={pending}>
        {m("invoices.save")}
      </button>
    </form>
  )
}
