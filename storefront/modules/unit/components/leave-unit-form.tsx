"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { leaveUnitAction } from "@/lib/actions/unit"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { FormStatus } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/**
 * Leaving the unit, for every member (works without JavaScript): nobody stays
 * in a unit that added them. The server keeps the unit's last 管理员, and
 * says so in Chinese under the button.
 */
export function LeaveUnitForm({
  memberId,
  messages,
}: {
  memberId: string
  /** the unit messages */
  messages: MessageTree
}) {
  const [state, action, pending] = useActionState(leaveUnitAction, EMPTY_FORM)
  const m = messageReader(messages)
  return (
    <form action={action} key={state.round} data-testid="unit-leave-form">
      <input type="hidden" name="member_id" value={memberId} />
      <p className={styles.hint}>{m("members.leaveHint")}</p>
      <button
        type="submit"
        className={`${styles.button} ${styles.secondary}`}
        disabled={pending}
        data-testid="unit-leave"
      >
        {m("members.leave")}
      </button>
      <FormStatus state={state} errorTestId="unit-leave-error" messageTestId="unit-leave-message" />
    </form>
  )
}
