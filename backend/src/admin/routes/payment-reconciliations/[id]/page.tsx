import type { ReactNode } from "react"
import { type UIMatch, useParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../../shared/china-time"
import { yuanText } from "../../../components/aid/format"
import { Crumb } from "../../../components/crumbs"
import { DetailHeader, DetailPage, DetailSection } from "../../../components/detail"
import { OverviewRow } from "../../../components/partners/partner-sections"
import { DifferencesTable } from "../../../components/payment-reconciliations/differences-table"
import { ReconciliationStatusBadge } from "../../../components/payment-reconciliations/status-badge"
import { usePaymentReconciliation } from "../../../hooks/api/payment-reconciliations"
import { useT } from "../../../i18n/use-t"

/** One provider's day: the figures on both sides and every difference. */
const PaymentReconciliationPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = usePaymentReconciliation(id)
  return (
    <DetailPage query={query} notFound={t("paymentReconciliation.notFound")}>
      {({ run }) => {
        const rows: [string, ReactNode][] = [
          [t("paymentReconciliation.columns.billTotal"), yuanText(t, run.bill_total)],
          [t("paymentReconciliation.columns.shopTotal"), yuanText(t, run.shop_total)],
          [t("paymentReconciliation.columns.counts"), `${run.bill_count} / ${run.shop_count}`],
          [
            t("paymentReconciliation.facts.trigger"),
            t(`paymentReconciliation.trigger.${run.trigger}`),
          ],
          [t("paymentReconciliation.columns.updatedAt"), chinaDateTimeShort(run.updated_at)],
        ]
        if (run.error) rows.push([t("paymentReconciliation.facts.error"), run.error])
        return (
          <div className="flex flex-col gap-y-3" data-testid="reconciliation-detail">
            <DetailHeader
              title={`${t(`paymentReconciliation.provider.${run.provider}`)} ${run.bill_date}`}
              badges={<ReconciliationStatusBadge status={run.status} />}
              subtitle={t("paymentReconciliation.detailTitle")}
            />
            <DetailSection title={t("paymentReconciliation.detailTitle")}>
              {rows.map(([label, value]) => (
                <OverviewRow key={label} label={label}>
                  {value}
                </OverviewRow>
              ))}
            </DetailSection>
            <DifferencesTable run={run} differences={run.differences} />
          </div>
        )
      }}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: (_match: UIMatch) => <Crumb k="paymentReconciliation.detailTitle" />,
}

export default PaymentReconciliationPage
