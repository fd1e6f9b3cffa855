"use client"

import { useActionState } from "react"
import { orderLookupAction, type LookupState } from "@/lib/actions/order-lookup"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

const initial: LookupState = { round: 0, step: "contact", values: {}, errors: {} }

/** The guest order lookup: contact → 6-digit code → the contact's orders. Works without JavaScript. */
export function OrderLookupForm({ messages }: { messages: MessageTree }) {
  const [state, action, pending] = useActionState(orderLookupAction, initial)
  const m = messageReader(messages)
  const contact = state.values.contact ?? ""
  return (
    <form action={action} noValidate key={state.round} data-testid="lookup-form">
      <FormStatus state={state} errorTestId="lookup-error" messageTestId="lookup-sent" />
      {state.step === "contact" ? (
        <>
          <TextField
            {...fieldOf(state, "contact", { idPrefix: "lookup" })}
            label={m("contact")}
            hint={m("contactHint")}
            autoComplete="email"
            maxLength={254}
          />
          <SubmitButton pending={pending} block name="intent" value="send">
            {m("send")}
          </SubmitButton>
        </>
      ) : (
        <>
          <p data-testid="lookup-contact">{m("sentTo", { contact })}</p>
          <input type="hidden" name="contact" value={contact} />
          <TextField
            idPrefix="lookup"
            name="code"
            label={m("code")}
            hint={m("codeHint")}
            error={state.errors.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
          />
          <SubmitButton pending={pending} block name="intent" value="verify">
            {m("verify")}
          </SubmitButton>
          <p>
            <SubmitButton pending={pending} secondary name="intent" value="send">
              {m("resend")}
            </SubmitButton>{" "}
            <SubmitButton pending={pending} secondary name="intent" value="change">
              {m("change")}
            </SubmitButton>
          </p>
        </>
      )}
    </form>
  )
}
