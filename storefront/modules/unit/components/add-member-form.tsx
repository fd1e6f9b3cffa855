"use client"

import { useActionState } from "react"
import { UNIT_MEMBER_ROLE_LABELS, UNIT_MEMBER_ROLES } from "@http/unit"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { addMemberAction } from "@/lib/actions/unit"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { Field, fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** The 管理员 adds a registered customer by e-mail, with a role (works without JavaScript). */
export function AddMemberForm({ messages }: { messages: MessageTree }) {
  const [state, action, pending] = useActionState(addMemberAction, EMPTY_FORM)
  const m = messageReader(messages)
  const role = state.values.role || "buyer"
  return (
    <form action={action} noValidate key={state.round} data-testid="add-member-form">
      <FormStatus state={state} errorTestId="add-member-error" messageTestId="add-member-message" />
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...fieldOf(state, "email", { idPrefix: "member" })}
          label={m("members.emailLabel")}
          type="email"
          autoComplete="off"
        />
        <Field
          idPrefix="member"
          name="role"
          label={m("members.roleLabel")}
          error={state.errors.role}
        >
          {(a11y) => (
            <select {...a11y} name="role" className={styles.select} defaultValue={role}>
              {UNIT_MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {m("roles.option", {
                    role: UNIT_MEMBER_ROLE_LABELS[r],
                    hint: m(`roles.${r}Hint`),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitButton pending={pending}>{m("members.add")}</SubmitButton>
    </form>
  )
}
