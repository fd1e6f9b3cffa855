"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { issueStatementAction } from "@/lib/actions/unit-report"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** The 管理员 or 财务 issues a statement for a period of China days. */
export function StatementForm({
  messages,
  from,
  to,
}: {
  messages: MessageTree
  from: string
  to: string
}) {
  const [state, action, pending] = useActionState(issueStatementAction, {
    ...EMPTY_FORM,
    values: { from, to },
  })
  const m = messageReader(messages)
  return (
    <form action={action} noValidate key={state.round} data-testid="statement-form">
      <FormStatus state={state} errorTestId="statement-error" messageTestId="statement-message" />
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...fieldOf(state, "from", { idPrefix: "statement" })}
          label={m("statements.from")}
          type="date"
        />
        <TextField
          {...fieldOf(state, "to", { idPrefix: "statement" })}
          label={m("statements.to")}
          type="date"
        />
      </div>
      <SubmitButton pending={pending}>{m("statements.issue")}</SubmitButton>
    </form>
  )
}
