import type { UnitApproval } from "@http/unit-approval"
import { chinaDateTimeShort } from "@shared/china-time"
import { formatYuan } from "@shared/money"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { DecideForm } from "./decide-form"

/**
 * The unit's requests (a requester's own): what (lines, amount), for whom
 * (recipients), why, the status and a rejection's reason; the decider's
 * approve / reject form on each pending one.
 */
export function ApprovalList({
  approvals,
  mayDecide,
}: {
  approvals: UnitApproval[]
  mayDecide: boolean
}) {
  if (!approvals.length) return <p className={styles.hint}>{t("unitApproval.list.empty")}</p>
  const messages = messagesOf("unitApproval")
  return (
    <ul data-testid="approval-list">
      {approvals.map((a) => (
        <li key={a.id} className={styles.card} data-testid="approval-item" data-status={a.status}>
          <p>
            <strong>{t(`unitApproval.kind.${a.kind}`)}</strong>{" "}
            <span className={styles.badge} data-testid="approval-status">
              {t(`unitApproval.status.${a.status}`)}
            </span>{" "}
            {t("unitApproval.list.amount", { amount: formatYuan(a.amount) })}
          </p>
          <p className={styles.hint}>
            {t("unitApproval.list.requestedAt", { time: chinaDateTimeShort(a.requested_at) })} ·{" "}
            {a.reasons.map((r) => t(`unitApproval.reasons.${r}`)).join("、")}
          </p>
          {a.note ? <p>{t("unitApproval.list.note", { note: a.note })}</p> : null}
          <h3>{t("unitApproval.list.lines")}</h3>
          <ul>
            {a.lines.map((line, i) => (
              <li key={i}>
                {t("unitApproval.list.line", {
                  title: line.title,
                  quantity: line.quantity,
                  total: formatYuan(line.total),
                })}
              </li>
            ))}
          </ul>
          <h3>{t("unitApproval.list.recipients")}</h3>
          <ul>
            {a.recipients.map((r, i) => (
              <li key={i}>
                {r.name} {r.phone ?? ""} {r.address}
              </li>
            ))}
          </ul>
          {a.status === "rejected" ? (
            <p data-testid="approval-reason">
              {t("unitApproval.list.reason", { reason: a.reason ?? "" })}
            </p>
          ) : null}
          {a.status === "withdrawn" ? (
            <p data-testid="approval-reason">
              {t("unitApproval.list.withdrawnReason", { reason: a.reason ?? "" })}
            </p>
          ) : null}
          {a.status === "placed" ? (
            <p>{t("unitApproval.list.placed", { count: a.order_ids.length })}</p>
          ) : null}
          {mayDecide && a.status === "pending" ? (
            <DecideForm messages={messages} id={a.id} />
          ) : null}
        </li>
      ))}
    </ul>
  )
}
