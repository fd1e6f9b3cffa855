import { useNavigate } from "react-router-dom"
import { FormModal, useModalState } from "../../components/form-modal"
import { PartnerFormFields, usePartnerForm } from "../../components/partners/partner-form"
import {
  emptyPartnerForm,
  partnerFormToCreateBody,
} from "../../components/partners/partner-form-schema"
import { useCreatePartner } from "../../hooks/api/partners"
import { useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"

/** "新建合作主体" button and its full-screen form; opens the new partner on success. */
export const CreatePartnerModal = () => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const form = usePartnerForm(emptyPartnerForm)
  const modal = useModalState(() => form.reset(emptyPartnerForm()))
  const create = useCreatePartner({
    onSuccess: ({ partner }) => {
      notify.success("partner.created", { name: partner.name })
      modal.close()
      navigate(`/partners/${partner.id}`)
    },
    onError: (error) => notify.error(error, "common.createFailed"),
  })
  const onSubmit = useFormSubmit(form, (values) => create.mutate(partnerFormToCreateBody(values)))

  return (
    <FormModal
      {...modal}
      triggerLabel={t("partner.create")}
      triggerTestId="partner-create"
      title={t("partner.createTitle")}
      description={t("partner.createDescription")}
      submitTestId="partner-submit"
      pending={create.isPending}
      onSubmit={onSubmit}
    >
      <PartnerFormFields form={form} disabled={create.isPending} />
    </FormModal>
  )
}
