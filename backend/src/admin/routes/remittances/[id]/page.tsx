import type { ReactNode } from "react"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../../shared/china-time"
import type { AdminRemittance } from "../../../../types/http/remittances"
import { yuanText } from "../../../components/aid/format"
import { RemittanceCrumb } from "../../../components/crumbs"
import { DetailHeader, DetailPage, DetailSection } from "../../../components/detail"
import { OverviewRow } from "../../../components/partners/partner-sections"
import {
  ConfirmRemittanceButton,
  MatchRemittanceForm,
} from "../../../components/remittances/remittance-actions"
import { RemittanceStatusBadge } from "../../../components/remittances/status-badge"
import { useRemittance } from "../../../hooks/api/remittances"
import { useT } from "../../../i18n/use-t"

/** What the credit pays: a link to the order when it names one. */
const Target = ({ credit }: { credit: AdminRemittance }) => {
  const t = useT()
  if (!credit.target) return <>{t("common.none")}</>
  if (credit.target.kind !== "order") return <>{credit.target.id}</>
  return (
    <Link
      to={`/orders/${credit.target.id}`}
      className="text-ui-fg-interactive hover:underline"
      data-testid="remittance-target"
    >
      {credit.target.id}
    </Link>
  )
}

const RemittanceFacts = ({ credit }: { credit: AdminRemittance }) => {
  const t = useT()
  const none = t("common.none")
  const rows: [string, ReactNode][] = [
    [t("remittance.columns.status"), <RemittanceStatusBadge key="s" status={credit.status} />],
    [t("remittance.detail.reason"), credit.reason ? t(`remittance.reason.${credit.reason}`) : none],
    [t("remittance.columns.amount"), yuanText(t, credit.amount)],
    [t("remittance.columns.paidOn"), credit.paid_on],
    [t("remittance.columns.remark"), credit.remark ?? none],
    [t("remittance.columns.reference"), credit.reference ?? none],
    [t("remittance.detail.target"), <Target key="t" credit={credit} />],
    [
      t("remittance.detail.expectedAmount"),
      credit.expected_amount ? yuanText(t, credit.expected_amount) : none,
    ],
    [t("remittance.detail.expectedPayer"), credit.expected_payer ?? none],
    [t("remittance.detail.captured"), yuanText(t, credit.captured_amount)],
    [t("remittance.columns.serial"), credit.bank_serial ?? none],
    [t("remittance.detail.payerAccount"), credit.payer_account ?? none],
    [t("remittance.detail.bank"), credit.bank ?? none],
    [t("remittance.detail.source"), t(`remittance.source.${credit.source}`)],
    [
      t("remittance.detail.confirmedAt"),
      credit.confirmed_at ? chinaDateTimeShort(credit.confirmed_at) : none,
    ],
    [t("remittance.detail.createdAt"), chinaDateTimeShort(credit.created_at)],
  ]
  return (
    <DetailSection title={t("remittance.detail.title")} testId="remittance-facts">
      {rows.map(([label, value]) => (
        <OverviewRow key={label} label={label}>
          {value}
        </OverviewRow>
      ))}
    </DetailSection>
  )
}

const RemittanceDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = useRemittance(id)
  return (
    <DetailPage query={query} notFound={t("remittance.notFound")}>
      {({ remittance: credit }) => (
        <div className="flex flex-col gap-y-3" data-testid="remittance-detail">
          <DetailHeader
            title={credit.payer_name}
            badges={<RemittanceStatusBadge status={credit.status} />}
            subtitle={`${yuanText(t, credit.amount)} · ${credit.paid_on}`}
            subtitleClassName="tabular-nums"
            actions={<ConfirmRemittanceButton credit={credit} />}
          />
          <RemittanceFacts credit={credit} />
          <MatchRemittanceForm credit={credit} />
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <RemittanceCrumb id={params.id ?? ""} />,
}

export default RemittanceDetailPage
