"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { decideApprovalAction } from "@/lib/actions/unit-approval"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** The 审批人 (or 管理员) approves a pending request, or rejects it with a reason (required). */
export function DecideForm({ messages, id }: { messages: MessageTree; id: string }) {
  const [state, action, pending] = useActionState(decideApprovalAction, EMPTY_FORM)
  const m = messageReader(messages)
  return (
    <form action={action} noValidate key={state.round} data-testid="approval-decide-form">
      <FormStatus state={state} errorTestId="decide-error" messageTestId="decide-message" />
      <input type="hidden" name="id" value={id} />
      <TextField
        {...fieldOf(state, "reason", { idPrefix: `reason-${id}` })}
        label={m("decide.reasonLabel")}
      />
      <div className={styles.row}>
        <button
          type="submit"
          name="decision"
          value="approve"
          className={styles.button}
          disabled={pending}
          data-testid="approval-approve"
        >
          {m("decide.approve")}
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          className={styles.linkButton}
          disabled={pending}
          data-testid="approval-reject"
        >
          {m("decide.reject")}
        </button>
      </div>
    </form>
  )
}
