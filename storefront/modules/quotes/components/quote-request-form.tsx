"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { requestQuoteAction } from "@/lib/actions/quotes"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

/** 申请询价 of the cart with a message; the server's refusal (below its threshold, no address) above the field. */
export function QuoteRequestForm({ messages }: { messages: MessageTree }) {
  const [state, action, pending] = useActionState(requestQuoteAction, EMPTY_FORM)
  const m = messageReader(messages)
  return (
    <form action={action} noValidate key={state.round} data-testid="quote-request-form">
      <FormStatus state={state} errorTestId="quote-request-error" />
      <TextField
        {...fieldOf(state, "message", { idPrefix: "quote" })}
        label={m("request.message")}
        maxLength={500}
      />
      <SubmitButton pending={pending} block data-testid="quote-request">
        {m("request.submit")}
      </SubmitButton>
    </form>
  )
}
