import Link from "next/link"
import type { UnitStatementSummary } from "@http/unit-report"
import { chinaDateTimeShort } from "@shared/china-time"
import { formatYuan } from "@shared/money"
import { groupStatementCode } from "@shared/unit-report"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

const m = (key: string) => t(`unitReport.statements.${key}`)

/** The unit's statements, newest first: period, net total, code, state and the downloads. */
export function StatementList({ statements }: { statements: UnitStatementSummary[] }) {
  if (!statements.length) return <p>{m("none")}</p>
  return (
    <table className={styles.table} data-testid="statement-list">
      <thead>
        <tr>
          <th scope="col">{m("period")}</th>
          <th scope="col">{m("total")}</th>
          <th scope="col">{m("code")}</th>
          <th scope="col">{m("issuedAt")}</th>
          <th scope="col">{m("state")}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {statements.map((s) => (
          <tr key={s.id} data-code={s.code}>
            <td>
              {s.period.from} – {s.period.to}
            </td>
            <td>{formatYuan(s.total)}</td>
            <td>{groupStatementCode(s.code)}</td>
            <td>{chinaDateTimeShort(s.issued_at)}</td>
            <td>{s.current ? m("current") : m("changed")}</td>
            <td>
              <a href={`/unit/report/statements/${s.id}/pdf`} download>
                {m("pdf")}
              </a>{" "}
              <a href={`/unit/report/statements/${s.id}/xlsx`} download>
                {m("xlsx")}
              </a>{" "}
              <Link href={`/verify/${s.code}`}>{m("verify")}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
