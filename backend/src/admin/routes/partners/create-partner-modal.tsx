import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
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
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="partner-create">
          {t("partner.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading level="h2" className="truncate">
                {t("partner.createTitle")}
              </Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex-1 overflow-y-auto">
            <div className="mx-auto flex w-full max-w-2xl flex-col gap-y-6 px-4 py-6 sm:px-6 sm:py-10">
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("partner.createDescription")}
                </Text>
              </FocusModal.Description>
              <PartnerFormFields
                values={values}
                errors={errors}
                onChange={onChange}
                disabled={mutation.isPending}
              />
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button type="button" size="small" variant="secondary" disabled={mutation.isPending}>
                {t("common.cancel")}
              </Button>
            </FocusModal.Close>
            <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="partner-submit">
              {t("common.create")}
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
