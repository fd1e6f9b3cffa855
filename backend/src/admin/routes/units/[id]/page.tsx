import { type UIMatch, useParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../../shared/china-time"
import { UnitBulkOrders } from "../../../components/bulk-orders/unit-bulk-orders"
import { UnitCrumb } from "../../../components/crumbs"
import {
  DetailHeader,
  DetailPage,
  DetailSection,
  EditFormSection,
} from "../../../components/detail"
import { OverviewRow } from "../../../components/partners/partner-sections"
import { type UnitDetail, UnitActions } from "../../../components/units/unit-actions"
import { UnitKindBadge, UnitStatusBadge } from "../../../components/units/unit-badges"
import { UnitFormFields, useUnitForm } from "../../../components/units/unit-form"
import { unitFormToUpdateBody, unitToForm } from "../../../components/units/unit-form-schema"
import { UnitMembers } from "../../../components/units/unit-members"
import { UnitNegotiatedPrices } from "../../../components/units/unit-negotiated-prices"
import { useUnit, useUpdateUnit } from "../../../hooks/api/units"
import { useT } from "../../../i18n/use-t"
import { useFormSubmit } from "../../../lib/forms"
import { useNotify } from "../../../lib/notify"

/** Saves the unit's form; the saved unit becomes the form's new starting point. */
const useSaveUnit = (unit: UnitDetail, form: ReturnType<typeof useUnitForm>) => {
  const notify = useNotify()
  const update = useUpdateUnit(unit.id, {
    onSuccess: (data) => {
      form.reset(unitToForm(data.unit))
      notify.success("unit.updated")
    },
    onError: (error) => notify.refused(error, "common.saveFailed"),
  })
  const onSubmit = useFormSubmit(form, (values) =>
    update.mutate(unitFormToUpdateBody(values, unit))
  )
  return { onSubmit, pending: update.isPending }
}

/** The unit's details, invoice and first contact. */
const UnitEditForm = ({ unit }: { unit: UnitDetail }) => {
  const t = useT()
  const form = useUnitForm(() => unitToForm(unit))
  const { onSubmit, pending } = useSaveUnit(unit, form)
  return (
    <EditFormSection
      title={t("unit.sections.edit")}
      onSubmit={onSubmit}
      pending={pending}
      testId="unit-edit-form"
      saveTestId="unit-save"
    >
      <UnitFormFields form={form} disabled={pending} />
    </EditFormSection>
  )
}

const UnitOverview = ({ unit }: { unit: UnitDetail }) => {
  const t = useT()
  const none = t("common.none")
  return (
    <DetailSection title={t("unit.sections.overview")} testId="unit-overview">
      <OverviewRow label={t("unit.overview.status")}>
        <UnitStatusBadge status={unit.status} />
      </OverviewRow>
      <OverviewRow label={t("unit.overview.verifiedAt")}>
        {unit.verified_at ? chinaDateTimeShort(unit.verified_at) : none}
      </OverviewRow>
      {unit.reason ? (
        <OverviewRow label={t("unit.overview.reason")}>{unit.reason}</OverviewRow>
      ) : null}
      <OverviewRow label={t("unit.fields.invoiceType")}>
        {t(`unit.invoiceType.${unit.invoice.type}`)}
      </OverviewRow>
      <OverviewRow label={t("unit.fields.invoiceTitle")}>{unit.invoice.title}</OverviewRow>
      <OverviewRow label={t("unit.fields.taxId")}>{unit.invoice.tax_id}</OverviewRow>
      <OverviewRow label={t("unit.overview.createdAt")}>
        {chinaDateTimeShort(unit.created_at)}
      </OverviewRow>
    </DetailSection>
  )
}

const UnitDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = useUnit(id)

  return (
    <DetailPage query={query} notFound={t("unit.notFound")}>
      {({ unit }) => (
        <div className="flex flex-col gap-y-3" data-testid="unit-detail">
          <DetailHeader
            title={unit.name}
            titleTestId="unit-detail-name"
            badges={
              <>
                <UnitKindBadge kind={unit.kind} />
                <UnitStatusBadge status={unit.status} />
              </>
            }
            subtitle={unit.credit_code}
            subtitleClassName="font-mono"
            actions={<UnitActions unit={unit} />}
          />
          <div className="flex flex-col gap-3 xl:flex-row-reverse xl:items-start">
            <div className="flex flex-col gap-3 xl:w-[360px] xl:shrink-0">
              <UnitOverview unit={unit} />
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-y-3">
              <UnitEditForm key={unit.id} unit={unit} />
              <UnitMembers unit={unit} />
              <UnitNegotiatedPrices unit={unit} />
              <UnitBulkOrders unitId={unit.id} />
            </div>
          </div>
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <UnitCrumb id={params.id ?? ""} />,
}

export default UnitDetailPage
