"use client"

import { useActionState } from "react"
import type { UnitApprovalPolicy } from "@http/unit-approval"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { setPolicyAction } from "@/lib/actions/unit-approval"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** The 管理员 sets the unit's approval amounts (yuan; empty: not checked). */
export function PolicyForm({
  messages,
  policy,
}: {
  messages: MessageTree
  policy: UnitApprovalPolicy
}) {
  const [state, action, pending] = useActionState(setPolicyAction, {
    ...EMPTY_FORM,
    values: { order_over: policy.order_over ?? "", month_over: policy.month_over ?? "" },
  })
  const m = messageReader(messages)
  return (
    <form action={action} noValidate key={state.round} data-testid="approval-policy-form">
      <FormStatus state={state} errorTestId="policy-error" messageTestId="policy-message" />
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...fieldOf(state, "order_over", { idPrefix: "policy" })}
          label={m("policy.orderOver")}
          inputMode="decimal"
        />
        <TextField
          {...fieldOf(state, "month_over", { idPrefix: "policy" })}
          label={m("policy.monthOver")}
          inputMode="decimal"
        />
      </div>
      <SubmitButton pending={pending}>{m("policy.save")}</SubmitButton>
    </form>
  )
}
