import { CreateModal } from "../../components/create-modal"
import { PartnerFormFields, usePartnerForm } from "../../components/partners/partner-form"
import {
  emptyPartnerForm,
  partnerFormToCreateBody,
} from "../../components/partners/partner-form-schema"
import { useCreatePartner } from "../../hooks/api/partners"

/** "新建合作主体" button and its full-screen form; opens the new partner on success. */
export const CreatePartnerModal = () => {
  const form = usePartnerForm(emptyPartnerForm)
  const create = useCreatePartner()
  return (
    <CreateModal
      resource="partner"
      form={form}
      empty={emptyPartnerForm}
      toBody={partnerFormToCreateBody}
      mutation={create}
      created={(data) => data.partner}
    >
      <PartnerFormFields form={form} disabled={create.isPending} />
    </CreateModal>
  )
}
