import { Container, Heading, Text } from "@medusajs/ui"
import { type UIMatch, useParams } from "react-router-dom"
import { ActiveBadge, KindBadge } from "../../../components/badges"
import { PartnerCrumb } from "../../../components/crumbs"
import { DetailPage, EditFormSection } from "../../../components/detail"
import { StaffSection } from "../../../components/farm/staff-section"
import { PartnerFormFields, usePartnerForm } from "../../../components/partners/partner-form"
import {
  partnerFormToUpdateBody,
  partnerToForm,
} from "../../../components/partners/partner-form-schema"
import {
  ActiveToggle,
  type PartnerDetail,
  PartnerOverview,
  PartnerProducts,
} from "../../../components/partners/partner-sections"
import { usePartner, useUpdatePartner } from "../../../hooks/api/partners"
import { useT } from "../../../i18n/use-t"
import { useFormSubmit } from "../../../lib/forms"
import { useNotify } from "../../../lib/notify"

/** All editable fields of the partner (activation has its own switch above). */
const PartnerEditForm = ({ partner }: { partner: PartnerDetail }) => {
  const t = useT()
  const notify = useNotify()
  const form = usePartnerForm(() => partnerToForm(partner))
  const update = useUpdatePartner(partner.id, {
    onSuccess: (data) => {
      form.reset(partnerToForm(data.partner))
      notify.success("partner.updated")
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const onSubmit = useFormSubmit(form, (values) => update.mutate(partnerFormToUpdateBody(values)))

  return (
    <EditFormSection
      title={t("partner.sections.edit")}
      onSubmit={onSubmit}
      pending={update.isPending}
      testId="partner-edit-form"
      saveTestId="partner-save"
    >
      <PartnerFormFields form={form} disabled={update.isPending} showActive={false} />
    </EditFormSection>
  )
}

const PartnerDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = usePartner(id)

  return (
    <DetailPage query={query} notFound={t("partner.notFound")}>
      {({ partner }) => (
        <div className="flex flex-col gap-y-3" data-testid="partner-detail">
          <Container className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
            <div className="flex min-w-0 flex-col gap-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Heading level="h1" className="break-words" data-testid="partner-detail-name">
                  {partner.name}
                </Heading>
                <KindBadge kind={partner.kind} />
                <ActiveBadge active={partner.is_active} />
              </div>
              <Text size="small" className="text-ui-fg-subtle break-all">
                {partner.handle}
              </Text>
            </div>
            <ActiveToggle partner={partner} />
          </Container>

          <div className="flex flex-col gap-3 xl:flex-row-reverse xl:items-start">
            <div className="flex flex-col gap-3 xl:w-[360px] xl:shrink-0">
              <PartnerOverview partner={partner} />
              <StaffSection partnerId={partner.id} />
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-y-3">
              <PartnerEditForm key={partner.id} partner={partner} />
              <PartnerProducts partner={partner} />
            </div>
          </div>
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <PartnerCrumb id={params.id ?? ""} />,
}

export default PartnerDetailPage
