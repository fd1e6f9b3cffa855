import type { StoreUnitQuotaResponse } from "@http/unit-report"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

const m = (key: string, values?: Record<string, string | number>) =>
  t(`unitReport.quota.${key}`, values)

/** The year's target and what the aid ledger holds for the unit, by month and by town. */
export function QuotaProgress({ quota, progress }: StoreUnitQuotaResponse) {
  const reached = progress.percent === null ? 0 : Math.min(100, progress.percent)
  return (
    <div data-testid="quota-progress">
      <p>
        {quota ? (
          <>
            {m("target", { amount: formatYuan(quota.amount) })}
            {quota.basis === "per_member" &&
              m("perMember", {
                perMember: formatYuan(quota.per_member),
                headcount: quota.headcount ?? 0,
              })}
          </>
        ) : (
          m("none")
        )}
      </p>
      <p data-testid="quota-reached">
        {progress.percent === null
          ? m("reachedNoTarget", { total: formatYuan(progress.total) })
          : m("reached", { total: formatYuan(progress.total), percent: progress.percent })}
      </p>
      {progress.percent !== null && (
        <progress max={100} value={reached} aria-label={`${progress.percent}%`} />
      )}
      <p className={styles.hint}>{m("source")}</p>
      <div className={`${styles.row} ${styles.row2}`}>
        <table className={styles.table} data-testid="quota-months">
          <caption>{m("byMonth")}</caption>
          <thead>
            <tr>
              <th scope="col">{m("month")}</th>
              <th scope="col">{m("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {progress.months.map((row) => (
              <tr key={row.month}>
                <td>{row.month}</td>
                <td>{formatYuan(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={styles.table} data-testid="quota-towns">
          <caption>{m("byTown")}</caption>
          <thead>
            <tr>
              <th scope="col">{m("town")}</th>
              <th scope="col">{m("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {progress.towns.length ? (
              progress.towns.map((row) => (
                <tr key={row.town_id}>
                  <td>{row.name}</td>
                  <td>{formatYuan(row.amount)}</td>
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={2}>{m("noTowns")}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
