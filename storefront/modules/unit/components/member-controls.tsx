"use client"

import { useActionState } from "react"
import { UNIT_MEMBER_ROLE_LABELS, UNIT_MEMBER_ROLES, type UnitMember } from "@http/unit"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { memberAction } from "@/lib/actions/unit"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { FormStatus } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/**
 * A member's controls for the 管理员 (work without JavaScript): the role to
 * save, and removing the member. The server's refusal (e.g. the last
 * 管理员) is shown in Chinese under them.
 */
export function MemberControls({
  member,
  messages,
}: {
  member: UnitMember
  /** the unit messages */
  messages: MessageTree
}) {
  const [state, action, pending] = useActionState(memberAction, EMPTY_FORM)
  const m = messageReader(messages)
  const email = member.customer.email
  const roleId = `member-${member.id}-role`
  return (
    <form action={action} key={state.round} data-testid="member-controls">
      <input type="hidden" name="member_id" value={member.id} />
      <input type="hidden" name="email" value={email} />
      <div className={styles.lineActions}>
        <label htmlFor={roleId} className={styles.visuallyHidden}>
          {m("members.roleOf", { email })}
        </label>
        <select
          id={roleId}
          name="role"
          className={styles.select}
          style={{ width: "auto", minWidth: "7rem" }}
          defaultValue={state.values.role || member.role}
          data-testid="member-role-select"
        >
          {UNIT_MEMBER_ROLES.map((role) => (
            <option key={role} value={role}>
              {UNIT_MEMBER_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <button
          type="submit"
          name="intent"
          value="role"
          className={`${styles.button} ${styles.secondary}`}
          disabled={pending}
          data-testid="member-save-role"
        >
          {m("members.changeRole")}
        </button>
        <button
          type="submit"
          name="intent"
          value="remove"
          className={styles.linkButton}
          disabled={pending}
          aria-label={m("members.removeLabel", { email })}
          data-testid="member-remove"
        >
          {m("members.remove")}
        </button>
      </div>
      <FormStatus state={state} errorTestId="member-error" messageTestId="member-message" />
    </form>
  )
}
