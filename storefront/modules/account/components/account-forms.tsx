import Link from "next/link"
import { addInvoiceTitleAction } from "@/lib/actions/account"
import { loginAction, registerAction, requestPasswordResetAction } from "@/lib/actions/auth"
import type { MessageTree } from "@/lib/message-tree"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AccountForm } from "./account-form"

/** Signing in with e-mail and password; a link to reset a forgotten password. */
export function LoginForm({ messages, next }: { messages: MessageTree; next?: string }) {
  return (
    <AccountForm
      action={loginAction}
      form="login"
      testId="login-form"
      fields={[
        { name: "email", label: "login.email", type: "email", autoComplete: "email" },
        {
          name: "password",
          label: "login.password",
          type: "password",
          autoComplete: "current-password",
        },
      ]}
      submit="login.submit"
      block
      hidden={next ? { next } : undefined}
      messages={messages}
    >
      <p className={styles.hint} style={{ marginTop: ".75rem" }}>
        <Link href="/account/reset-password" data-testid="forgot-password-link">
          {t("account.login.forgot")}
        </Link>
      </p>
    </AccountForm>
  )
}

/** A new account: e-mail, name, optional mobile and the password twice. */
export function RegisterForm({ messages, next }: { messages: MessageTree; next?: string }) {
  return (
    <AccountForm
      action={registerAction}
      form="register"
      testId="register-form"
      fields={[
        { name: "email", label: "login.email", type: "email", autoComplete: "email" },
        { name: "name", label: "register.name", autoComplete: "name" },
        {
          name: "phone",
          label: "register.phone",
          type: "tel",
          inputMode: "numeric",
          maxLength: 11,
          autoComplete: "tel-national",
        },
        {
          name: "password",
          label: "register.password",
          type: "password",
          autoComplete: "new-password",
        },
        {
          name: "password_confirm",
          label: "register.passwordConfirm",
          type: "password",
          autoComplete: "new-password",
        },
      ]}
      submit="register.submit"
      block
      hidden={next ? { next } : undefined}
      messages={messages}
    />
  )
}

/** Forgotten password, step 1: the e-mail to send a reset link to. The answer never tells whether it is registered. */
export function RequestPasswordResetForm({ messages }: { messages: MessageTree }) {
  return (
    <AccountForm
      action={requestPasswordResetAction}
      form="reset"
      testId="reset-request-form"
      fields={[{ name: "email", label: "login.email", type: "email", autoComplete: "email" }]}
      submit="reset.send"
      resubmit="reset.resend"
      block
      messages={messages}
    />
  )
}

/** A new 发票 title: the organisation's name and its 统一社会信用代码. */
export function InvoiceTitleForm({ messages }: { messages: MessageTree }) {
  return (
    <AccountForm
      action={addInvoiceTitleAction}
      form="invoice"
      testId="invoice-form"
      fields={[
        { name: "title", label: "invoices.title", autoComplete: "organization" },
        { name: "tax_id", label: "invoices.taxId", hint: "invoices.taxIdHint", maxLength: 24 },
      ]}
      submit="invoices.save"
      messages={messages}
    />
  )
}
