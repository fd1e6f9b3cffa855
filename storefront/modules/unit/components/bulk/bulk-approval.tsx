"use client"

import Link from "next/link"
import { useRef, useState, useTransition } from "react"
import {
  UNIT_APPROVAL_STATUS_LABELS,
  type UnitApproval,
  type UnitApprovalReason,
} from "@http/unit-approval"
import { formatYuan } from "@shared/money"
import { requestBulkApprovalAction } from "@/lib/actions/bulk-approval"
import styles from "@/modules/common/shop.module.css"
import { BulkNoteSend } from "./bulk-note-send"

/**
 * 提交审批 of a previewed bulk order the unit's approval policy holds: why it
 * needs approval, the 申请说明, one press (never twice), then the request's
 * status and where to follow it (/unit/approvals).
 */
export function BulkApproval({
  form,
  reasons,
  m,
}: {
  /** the previewed upload, sent again as it is */
  form: FormData
  /** why (empty when the server refused the order for approval after the page's policy said none) */
  reasons: UnitApprovalReason[]
  m: (key: string, values?: Record<string, string | number>) => string
}) {
  const sent = useRef(false)
  const [note, setNote] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [approval, setApproval] = useState<UnitApproval | null>(null)
  const [sending, startSend] = useTransition()

  const send = () => {
    if (sent.current) return
    sent.current = true
    startSend(async () => {
      const answer = await requestBulkApprovalAction(form, note)
      if (answer.ok) {
        setApproval(answer.approval)
        setProblem(null)
        return
      }
      sent.current = false
      setProblem(answer.message)
    })
  }

  if (approval) {
    return (
      <section className={styles.card} aria-live="polite" data-testid="bulk-approval-sent">
        <h2>{m("approval.sent")}</h2>
        <p>
          <span className={styles.badge} data-testid="bulk-approval-status">
            {m("approval.status", { status: UNIT_APPROVAL_STATUS_LABELS[approval.status] })}
          </span>{" "}
          {m("approval.amount", { amount: formatYuan(approval.amount) })}
        </p>
        <p className={styles.hint}>{m("approval.hint")}</p>
        <Link href="/unit/approvals" data-testid="bulk-approval-link">
          {m("approval.view")}
        </Link>
      </section>
    )
  }
  const why = reasons.map((r) => m(`approval.reasons.${r}`)).join(m("approval.reasonsJoin"))
  return (
    <section
      className={styles.card}
      aria-labelledby="bulk-approval-heading"
      data-testid="bulk-approval"
    >
      <h2 id="bulk-approval-heading">{m("approval.heading")}</h2>
      {why ? (
        <p data-testid="bulk-approval-needed">{m("approval.needed", { reasons: why })}</p>
      ) : null}
      <BulkNoteSend
        testPrefix="bulk-approval"
        name="approval_message"
        label={m("approval.message")}
        maxLength={200}
        note={note}
        onNote={setNote}
        problem={problem}
        sending={sending}
        onSend={send}
        submit={sending ? m("approval.submitting") : m("approval.submit")}
      />
    </section>
  )
}
