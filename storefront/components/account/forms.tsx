"use client"

import Link from "next/link"
import { useActionState } from "react"
import {
  addAddressAction,
  addInvoiceTitleAction,
  loginAction,
  registerAction,
  requestPasswordResetAction,
  resetPasswordAction,
  type FormState,
  type ResetPasswordState,
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
          defaultValue={type === "password" ? undefined : (state.values[name] ?? "")}
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
      <Text
        form="login"
        state={state}
        name="email"
        label={m("login.email")}
        type="email"
        autoComplete="email"
      />
      <Text
        form="login"
        state={state}
        name="password"
        label={m("login.password")}
        type="password"
        autoComplete="current-password"
      />
      <button type="submit" className={`${styles.button} ${styles.buttonBlock}`} disabled={pending}>
        {m("login.submit")}
      </button>
      <p className={styles.hint} style={{ marginTop: ".75rem" }}>
        <Link href="/account/reset-password" data-testid="forgot-password-link">
          {m("login.forgot")}
        </Link>
      </p>
    </form>
  )
}

/** Forgotten password, step 1: the e-mail to send a reset link to. The answer never tells whether it is registered. */
export function RequestPasswordResetForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(requestPasswordResetAction, empty)
  const m = (key: string) => get(messages, key)
  return (
    <form action={action} noValidate key={state.round} data-testid="reset-request-form">
      <Status state={state} />
      <Text
        form="reset"
        state={state}
        name="email"
        label={m("login.email")}
        type="email"
        autoComplete="email"
      />
      <button type="submit" className={`${styles.button} ${styles.buttonBlock}`} disabled={pending}>
        {m(state.message ? "reset.resend" : "reset.send")}
      </button>
    </form>
  )
}

/** Forgotten password, step 2 (the e-mailed link): the new password, twice. */
export function ResetPasswordForm({
  messages,
  token,
  email,
}: {
  messages: Messages
  token: string
  email: string
}) {
  const [state, action, pending] = useActionState(resetPasswordAction, empty as ResetPasswordState)
  const m = (key: string) => get(messages, key)
  if (state.done) {
    return (
      <div data-testid="reset-done">
        <Status state={state} />
        <Link
          href="/account"
          className={`${styles.button} ${styles.buttonBlock}`}
          data-testid="reset-login-link"
        >
          {m("reset.toLogin")}
        </Link>
      </div>
    )
  }
  if (state.expired) {
    return (
      <div data-testid="reset-expired">
        <Status state={state} />
        <Link href="/account/reset-password" className={`${styles.button} ${styles.buttonBlock}`}>
          {m("reset.again")}
        </Link>
      </div>
    )
  }
  return (
    <form action={action} noValidate key={state.round} data-testid="reset-password-form">
      <Status state={state} />
      <input type="hidden" name="token" value={token} />
      <Field idPrefix="reset" name="account" label={m("login.email")}>
        {(a11y) => (
          <input
            {...a11y}
            type="email"
            className={styles.input}
            value={email}
            readOnly
            autoComplete="username"
          />
        )}
      </Field>
      <Text
        form="reset"
        state={state}
        name="password"
        label={m("reset.password")}
        type="password"
        autoComplete="new-password"
      />
      <Text
        form="reset"
        state={state}
        name="password_confirm"
        label={m("register.passwordConfirm")}
        type="password"
        autoComplete="new-password"
      />
      <button type="submit" className={`${styles.button} ${styles.buttonBlock}`} disabled={pending}>
        {m("reset.submit")}
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
      <Text
        form="register"
        state={state}
        name="email"
        label={m("login.email")}
        type="email"
        autoComplete="email"
      />
      <Text
        form="register"
        state={state}
        name="name"
        label={m("register.name")}
        autoComplete="name"
      />
      <Text
        form="register"
        state={state}
        name="phone"
        label={m("register.phone")}
        type="tel"
        inputMode="numeric"
        maxLength={11}
        autoComplete="tel-national"
      />
      <Text
        form="register"
        state={state}
        name="password"
        label={m("register.password")}
        type="password"
        autoComplete="new-password"
      />
      <Text
        form="register"
        state={state}
        name="password_confirm"
        label={m("register.passwordConfirm")}
        type="password"
        autoComplete="new-password"
      />
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
        <Text
          form="address"
          state={state}
          name="recipient"
          label={c("address.recipient")}
          autoComplete="name"
        />
        <Text
          form="address"
          state={state}
          name="phone"
          label={c("address.phone")}
          type="tel"
          inputMode="numeric"
          maxLength={11}
          autoComplete="tel-national"
        />
      </div>
      <RegionFields state={state} provinces={provinces} m={c} />
      <Text
        form="address"
        state={state}
        name="street"
        label={c("address.street")}
        autoComplete="address-line1"
      />
      <Text
        form="address"
        state={state}
        name="detail"
        label={c("address.detail")}
        autoComplete="address-line2"
      />
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
      <Text
        form="invoice"
        state={state}
        name="title"
        label={m("invoices.title")}
        autoComplete="organization"
      />
      <Text
        form="invoice"
        state={state}
        name="tax_id"
        label={m("invoices.taxId")}
        hint={m("invoices.taxIdHint")}
        maxLength={24}
      />
      <button type="submit" className={styles.button} disabled={pending}>
        {m("invoices.save")}
      </button>
    </form>
  )
}
