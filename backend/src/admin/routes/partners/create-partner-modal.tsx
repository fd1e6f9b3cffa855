import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { PartnerFormFields, emptyPartnerForm, usePartnerForm } from "../../components/partner-form"
import { FormModal } from "../../components/form-modal"
import { useT } from "../../i18n/use-t"
import { provenanceApi, queryKeys } from "../../lib/api"
import { useNotify } from "../../lib/notify"
import type { PartnerBody } from "../../lib/types"

/** "新建合作主体" button and its full-screen form; opens the new partner on success. */
export const CreatePartnerModal = () => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const mutation = useMutation({
    mutationFn: (body: PartnerBody) => provenanceApi.createPartner(body),
    onSuccess: async ({ partner }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
        // Towns show partner counts and partner lists.
        queryClient.invalidateQueries({ queryKey: queryKeys.towns }),
      ])
      notify.success("partner.created", { name: partner.name })
      setOpen(false)
      navigate(`/partners/${partner.id}`)
    },
    onError: (error) => notify.error(error, "common.createFailed"),
  })

  const form = usePartnerForm(emptyPartnerForm, "create", (body) => mutation.mutate(body))
  const onOpenChange = (next: boolean) => {
    if (next) form.reset(emptyPartnerForm())
    setOpen(next)
  }

  return (
    <FormModal
      open={open}
      onOpenChange={onOpenChange}
      triggerLabel={t("partner.create")}
      triggerTestId="partner-create"
      title={t("partner.createTitle")}
      description={t("partner.createDescription")}
      submitTestId="partner-submit"
      pending={mutation.isPending}
      onSubmit={form.onSubmit}
    >
      <PartnerFormFields
        values={form.values}
        errors={form.errors}
        onChange={form.onChange}
        disabled={mutation.isPending}
      />
    </FormModal>
  )
}
