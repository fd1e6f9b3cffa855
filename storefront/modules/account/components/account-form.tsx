"use client"

import { useActionState } from "react"
import { EMPTY_FORM, type FormState } from "@/lib/account/form-state"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

/** A text field of an account form; `label` and `hint` are keys of the account messages. */
export type AccountField = {
  name: string
  label: string
  hint?: string
  type?: "text" | "email" | "tel" | "password"
  autoComplete?: string
  inputMode?: "numeric"
  maxLength?: number
}

/**
 * An account form of text fields (works without JavaScript): the server
 * action's answer above them, each field's error beside it, the values sent
 * kept (never a password), and the submit button.
 */
export function AccountForm({
  action,
  form,
  testId,
  fields,
  submit,
  resubmit,
  block,
  hidden = {},
  messages,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>
  /** the form's name: keeps its field ids unique on the page */
  form: string
  testId: string
  fields: AccountField[]
  /** the submit button's message key, and its key after a success message (sending again) */
  submit: string
  resubmit?: string
  /** a full-width submit button */
  block?: boolean
  /** hidden fields sent along (e.g. where signing in leads back to) */
  hidden?: Record<string, string>
  /** the account messages */
  messages: MessageTree
  /** below the button */
  children?: React.ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM)
  const m = messageReader(messages)
  return (
    <form action={formAction} noValidate key={state.round} data-testid={testId}>
      <FormStatus state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map(({ name, label, hint, type = "text", ...input }) => (
        <TextField
          key={name}
          {...fieldOf(state, name, { idPrefix: form, password: type === "password" })}
          label={m(label)}
          hint={hint && m(hint)}
          type={type}
          {...input}
        />
      ))}
      <SubmitButton pending={pending} block={block}>
        {m(state.message && resubmit ? resubmit : submit)}
      </SubmitButton>
      {children}
    </form>
  )
}
