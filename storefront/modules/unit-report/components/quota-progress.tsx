import type { StoreUnitQuotaResponse } from "@http/unit-report"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AmountTable } from "./amount-table"

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
      {/* each table as tall as its own rows */}
      <div className={`${styles.row} ${styles.row2}`} style={{ alignItems: "start" }}>
        <AmountTable
          caption={m("byMonth")}
          nameHeader={m("month")}
          amountHeader={m("amount")}
          rows={progress.months.map((row) => ({
            key: row.month,
            name: row.month,
            amount: row.amount,
          }))}
          testId="quota-months"
        />
        <AmountTable
          caption={m("byTown")}
          nameHeader={m("town")}
          amountHeader={m("amount")}
          rows={progress.towns.map((row) => ({
            key: row.town_id,
            name: row.name,
            amount: row.amount,
          }))}
          empty={m("noTowns")}
          testId="quota-towns"
        />
      </div>
    </div>
  )
}
