import type {
  StoreUnitApprovalListResponse,
  StoreUnitApprovalPolicyResponse,
} from "@http/unit-approval"
import type { StoreUnitResponse } from "@http/unit"
import { formatYuan } from "@shared/money"
import type { StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { UnitTabs } from "@/modules/unit/components/unit-tabs"
import { ApprovalList } from "../components/approval-list"
import { PolicyForm } from "../components/policy-form"
import { RequestForm } from "../components/request-form"

/** /unit/approvals: the unit's approval policy and month's spending, a cart's request, the requests. */
export function UnitApprovalsTemplate({
  customer,
  membership,
  policy,
  approvals,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  policy: StoreUnitApprovalPolicyResponse
  approvals: StoreUnitApprovalListResponse
}) {
  const messages = messagesOf("unitApproval")
  const role = membership.role
  const amount = (value: string | null) =>
    value ? formatYuan(value) : t("unitApproval.policy.none")
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="approvals" />
      <section className={styles.card} aria-labelledby="policy-heading">
        <h1 id="policy-heading" className={styles.title}>
          {t("unitApproval.policy.heading")}
        </h1>
        <p className={styles.hint}>{t("unitApproval.policy.intro")}</p>
        <p data-testid="approval-policy">
          {t("unitApproval.policy.orderOver")}：{amount(policy.policy.order_over)} ·{" "}
          {t("unitApproval.policy.monthOver")}：{amount(policy.policy.month_over)}
        </p>
        <p data-testid="approval-month-spent">
          {t("unitApproval.policy.spent", { amount: formatYuan(policy.month_spent) })}
        </p>
        {role === "admin" ? (
          <PolicyForm messages={messages} policy={policy.policy} />
        ) : (
          <p className={styles.hint}>{t("unitApproval.policy.readOnly")}</p>
        )}
      </section>
      {role === "admin" || role === "buyer" ? (
        <section className={styles.card} aria-labelledby="request-heading">
          <h2 id="request-heading" className={styles.title}>
            {t("unitApproval.request.heading")}
          </h2>
          <p className={styles.hint}>{t("unitApproval.request.intro")}</p>
          <RequestForm messages={messages} />
        </section>
      ) : null}
      <section className={styles.card} aria-labelledby="approvals-heading">
        <h2 id="approvals-heading" className={styles.title}>
          {t("unitApproval.list.heading")}
        </h2>
        <ApprovalList
          approvals={approvals.approvals}
          mayDecide={role === "admin" || role === "approver"}
        />
      </section>
    </AccountShell>
  )
}
