"use client"

import { useActionState, useState } from "react"
import type { UnitQuota } from "@http/unit-report"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { setQuotaAction } from "@/lib/actions/unit-report"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { Field, fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** The 管理员 or 财务 sets the year's target: an amount, or an allowance per member × headcount. */
export function QuotaForm({
  messages,
  year,
  quota,
}: {
  messages: MessageTree
  year: number
  quota: UnitQuota | null
}) {
  const [state, action, pending] = useActionState(setQuotaAction, {
    ...EMPTY_FORM,
    values: {
      year: String(year),
      basis: quota?.basis ?? "amount",
      amount: quota?.basis === "amount" ? quota.amount : "",
      per_member: quota?.per_member ?? "",
      headcount: quota?.headcount ? String(quota.headcount) : "",
    },
  })
  const m = messageReader(messages)
  const [basis, setBasis] = useState(state.values.basis || "amount")
  return (
    <form action={action} noValidate key={state.round} data-testid="quota-form">
      <FormStatus state={state} errorTestId="quota-error" messageTestId="quota-message" />
      <input type="hidden" name="year" value={state.values.year || String(year)} />
      <Field idPrefix="quota" name="basis" label={m("quota.basis")} error={state.errors.basis}>
        {(a11y) => (
          <select
            {...a11y}
            name="basis"
            className={styles.select}
            value={basis}
            onChange={(e) => setBasis(e.target.value)}
          >
            <option value="amount">{m("quota.basisAmount")}</option>
            <option value="per_member">{m("quota.basisPerMember")}</option>
          </select>
        )}
      </Field>
      {basis === "amount" ? (
        <TextField
          {...fieldOf(state, "amount", { idPrefix: "quota" })}
          label={m("quota.amountLabel")}
          inputMode="decimal"
        />
      ) : (
        <div className={`${styles.row} ${styles.row2}`}>
          <TextField
            {...fieldOf(state, "per_member", { idPrefix: "quota" })}
            label={m("quota.perMemberLabel")}
            inputMode="decimal"
          />
          <TextField
            {...fieldOf(state, "headcount", { idPrefix: "quota" })}
            label={m("quota.headcountLabel")}
            inputMode="numeric"
          />
        </div>
      )}
      <p className={styles.hint}>{m("quota.basisHint")}</p>
      <SubmitButton pending={pending}>{m("quota.save")}</SubmitButton>
    </form>
  )
}
