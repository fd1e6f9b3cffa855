import type { StoreUnitQuotaResponse, UnitStatementSummary } from "@http/unit-report"
import type { StoreUnitResponse } from "@http/unit"
import { chinaToday } from "@shared/china-time"
import type { StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { UnitTabs } from "@/modules/unit/components/unit-tabs"
import { QuotaForm } from "../components/quota-form"
import { QuotaProgress } from "../components/quota-progress"
import { StatementForm } from "../components/statement-form"
import { StatementList } from "../components/statement-list"

/** /unit/report: the year's target and progress, and the unit's statements. */
export function UnitReportTemplate({
  customer,
  membership,
  quota,
  statements,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  quota: StoreUnitQuotaResponse
  statements: UnitStatementSummary[]
}) {
  const messages = messagesOf("unitReport")
  const mayWrite = membership.role === "admin" || membership.role === "finance"
  const year = quota.progress.year
  const today = chinaToday()
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="report" />
      <section className={styles.card} aria-labelledby="quota-heading">
        <h1 id="quota-heading" className={styles.title}>
          {t("unitReport.quota.heading", { year })}
        </h1>
        <QuotaProgress quota={quota.quota} progress={quota.progress} />
        <h2>{t("unitReport.quota.formHeading")}</h2>
        {mayWrite ? (
          <QuotaForm messages={messages} year={year} quota={quota.quota} />
        ) : (
          <p className={styles.hint}>{t("unitReport.quota.readOnly")}</p>
        )}
      </section>
      <section className={styles.card} aria-labelledby="statements-heading">
        <h2 id="statements-heading" className={styles.title}>
          {t("unitReport.statements.heading")}
        </h2>
        <p className={styles.hint}>{t("unitReport.statements.intro")}</p>
        {mayWrite ? (
          <StatementForm messages={messages} from={`${today.slice(0, 4)}-01-01`} to={today} />
        ) : (
          <p className={styles.hint}>{t("unitReport.statements.readOnly")}</p>
        )}
        <StatementList statements={statements} />
      </section>
    </AccountShell>
  )
}
