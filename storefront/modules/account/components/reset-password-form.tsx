"use client"

import Link from "next/link"
import { useActionState } from "react"
import { EMPTY_FORM, type ResetPasswordState } from "@/lib/account/form-state"
import { resetPasswordAction } from "@/lib/actions/auth"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { Field, fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** After the new password is set (a link to sign in) or the link was refused (a link to ask again). */
function ResetAnswer({
  state,
  testId,
  href,
  linkTestId,
  children,
}: {
  state: ResetPasswordState
  testId: string
  href: string
  linkTestId?: string
  children: string
}) {
  return (
    <div data-testid={testId}>
      <FormStatus state={state} />
      <Link
        href={href}
        className={`${styles.button} ${styles.buttonBlock}`}
        data-testid={linkTestId}
      >
        {children}
      </Link>
    </div>
  )
}

/** Forgotten password, step 2 (the e-mailed link): the new password, twice. */
export function ResetPasswordForm({
  messages,
  token,
  email,
}: {
  messages: MessageTree
  token: string
  email: string
}) {
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(
    resetPasswordAction,
    EMPTY_FORM
  )
  const m = messageReader(messages)
  if (state.done) {
    return (
      <ResetAnswer state={state} testId="reset-done" href="/account" linkTestId="reset-login-link">
        {m("reset.toLogin")}
      </ResetAnswer>
    )
  }
  if (state.expired) {
    return (
      <ResetAnswer state={state} testId="reset-expired" href="/account/reset-password">
        {m("reset.again")}
      </ResetAnswer>
    )
  }
  const password = (name: string) => fieldOf(state, name, { idPrefix: "reset", password: true })
  return (
    <form action={action} noValidate key={state.round} data-testid="reset-password-form">
      <FormStatus state={state} />
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
      <TextField
        {...password("password")}
        label={m("reset.password")}
        type="password"
        autoComplete="new-password"
      />
      <TextField
        {...password("password_confirm")}
        label={m("register.passwordConfirm")}
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton pending={pending} block>
        {m("reset.submit")}
      </SubmitButton>
    </form>
  )
}
