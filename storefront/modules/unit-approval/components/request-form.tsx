"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { requestCartApprovalAction } from "@/lib/actions/unit-approval"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

/** A 采购员 or 管理员 asks approval for the cart they are checking out. */
export function RequestForm({ messages }: { messages: MessageTree }) {
  const [state, action, pending] = useActionState(requestCartApprovalAction, EMPTY_FORM)
  const m = messageReader(messages)
  return (
    <form action={action} noValidate key={state.round} data-testid="approval-request-form">
      <FormStatus state={state} errorTestId="request-error" messageTestId="request-message" />
      <TextField
        {...fieldOf(state, "message", { idPrefix: "request" })}
        label={m("request.message")}
      />
      <SubmitButton pending={pending}>{m("request.submit")}</SubmitButton>
    </form>
  )
}
