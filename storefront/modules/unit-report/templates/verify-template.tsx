import type { StoreStatementVerifyResponse } from "@http/unit-report"
import { chinaDateTime } from "@shared/china-time"
import { formatYuan } from "@shared/money"
import { groupStatementCode } from "@shared/unit-report"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AmountTable } from "../components/amount-table"

const m = (key: string, values?: Record<string, string>) => t(`unitReport.verify.${key}`, values)

/** The public verify page: says plainly 有效, 已变更 or 不存在, and shows only the statement's public part. */
export function VerifyTemplate({
  code,
  statement,
}: {
  code: string
  statement: StoreStatementVerifyResponse["statement"] | null
}) {
  const state = !statement ? "missing" : statement.current ? "valid" : "changed"
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="verify-heading">
        <h1 id="verify-heading" className={styles.title}>
          {m("title")}
        </h1>
        <p data-testid="verify-state" data-state={state} role="status">
          <strong className={state === "valid" ? styles.badge : styles.badgeCold}>
            {m(state)}
          </strong>{" "}
          {m(`${state}Hint`)}
        </p>
        <p className={styles.hint}>
          {m("code")}：{groupStatementCode(code)}
        </p>
        {statement && (
          <>
            <dl data-testid="verify-statement">
              <dt>{m("unit")}</dt>
              <dd>{statement.unit_name}</dd>
              <dt>{m("period")}</dt>
              <dd>{m("periodValue", statement.period)}</dd>
              <dt>{m("total")}</dt>
              <dd data-testid="verify-total">{formatYuan(statement.total)}</dd>
              <dt>{m("issuedAt")}</dt>
              <dd>{chinaDateTime(statement.issued_at)}</dd>
            </dl>
            <AmountTable
              caption={m("towns")}
              nameHeader={m("town")}
              amountHeader={m("amount")}
              rows={statement.towns.map((town) => ({ key: town.name, ...town }))}
            />
          </>
        )}
      </section>
    </main>
  )
}
