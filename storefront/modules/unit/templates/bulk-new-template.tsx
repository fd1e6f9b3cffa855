import type { StoreUnitResponse } from "@http/unit"
import type { StoreCustomer } from "@/lib/data/customer"
import type { BulkApprovalPolicy } from "@/lib/unit/bulk-approval"
import { messagesOf, t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { BulkUpload } from "../components/bulk/bulk-upload"
import { mayOrderInBulk, UnitTabs } from "../components/unit-tabs"

/** /unit/bulk: the template, then the upload with its preview and submission (采购员 and 管理员 of a verified unit). */
export function BulkNewTemplate({
  customer,
  membership,
  approvalPolicy = null,
  quoteThreshold = null,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  /** the unit's approval policy and month's spending (提交审批 over it) */
  approvalPolicy?: BulkApprovalPolicy | null
  /** the quote threshold, yuan text (申请询价 at or over it) */
  quoteThreshold?: string | null
}) {
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="new" />
      <section className={styles.card} aria-labelledby="bulk-new-heading">
        <h1 id="bulk-new-heading" className={styles.title}>
          {t("bulk.new.title")}
        </h1>
        {mayOrderInBulk(membership) ? (
          <>
            <p>{t("bulk.new.intro")}</p>
            <p>
              <a
                className={`${styles.button} ${styles.secondary}`}
                href="/unit/bulk/template"
                download
                data-testid="bulk-template"
              >
                {t("bulk.new.template")}
              </a>
            </p>
            <p className={styles.hint}>{t("bulk.new.templateHint")}</p>
          </>
        ) : (
          <p className={styles.formError} data-testid="bulk-not-allowed">
            {t("bulk.new.notAllowed")}
          </p>
        )}
      </section>
      {mayOrderInBulk(membership) && (
        <section className={styles.card}>
          <BulkUpload
            messages={messagesOf("bulk")}
            approvalPolicy={approvalPolicy}
            quoteThreshold={quoteThreshold}
          />
        </section>
      )}
    </AccountShell>
  )
}
