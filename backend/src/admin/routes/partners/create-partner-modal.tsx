import { useMutation, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  PartnerFormFields,
  type PartnerFormErrors,
  type PartnerFormValues,
  emptyPartnerForm,
  hasPartnerFormErrors,
  noPartnerFormErrors,
  partnerFormToBody,
  validatePartnerForm,
} from "../../components/partner-form"
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
  const [values, setValues] = useState<PartnerFormValues>(emptyPartnerForm)
  const [errors, setErrors] = useState<PartnerFormErrors>(noPartnerFormErrors)

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

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(emptyPartnerForm())
      setErrors(noPartnerFormErrors())
    }
    setOpen(next)
  }

  const onChange = (patch: Partial<PartnerFormValues>) => {
    setValues((prev) => ({ ...prev, ...patch }))
    setErrors((prev) => {
      const fields = { ...prev.fields }
      for (const key of Object.keys(patch)) delete fields[key as keyof typeof fields]
      return { fields, certificates: "certificates" in patch ? [] : prev.certificates }
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validatePartnerForm(values, t)
    setErrors(found)
    if (hasPartnerFormErrors(found)) {
      notify.invalid()
      return
    }
    mutation.mutate(partnerFormToBody(values, "create"))
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
      onSubmit={onSubmit}
    >
      <PartnerFormFields
        values={values}
        errors={errors}
        onChange={onChange}
        disabled={mutation.isPending}
      />
    </FormModal>
  )
}
