import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  TownFormFields,
  type TownFormErrors,
  type TownFormValues,
  emptyTownForm,
  townFormToBody,
  validateTownForm,
} from "../../components/town-form"
import { useT } from "../../i18n/use-t"
import { provenanceApi, queryKeys } from "../../lib/api"
import { useNotify } from "../../lib/notify"
import type { TownBody } from "../../lib/types"

/** "新建镇" button and its full-screen form; opens the new town on success. */
export const CreateTownModal = () => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<TownFormValues>(emptyTownForm)
  const [errors, setErrors] = useState<TownFormErrors>({})

  const mutation = useMutation({
    mutationFn: (body: TownBody) => provenanceApi.createTown(body),
    onSuccess: async ({ town }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.towns })
      notify.success("town.created", { name: town.name })
      setOpen(false)
      navigate(`/towns/${town.id}`)
    },
    onError: (error) => notify.error(error, "common.createFailed"),
  })

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(emptyTownForm())
      setErrors({})
    }
    setOpen(next)
  }

  const onChange = (patch: Partial<TownFormValues>) => {
    setValues((prev) => ({ ...prev, ...patch }))
    setErrors((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch)) delete next[key as keyof TownFormValues]
      return next
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateTownForm(values, "create", t)
    setErrors(found)
    if (Object.keys(found).length) {
      notify.invalid()
      return
    }
    mutation.mutate(townFormToBody(values, "create"))
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="town-create">
          {t("town.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading level="h2" className="truncate">
                {t("town.createTitle")}
              </Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex-1 overflow-y-auto">
            <div className="mx-auto flex w-full max-w-2xl flex-col gap-y-6 px-4 py-6 sm:px-6 sm:py-10">
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("town.createDescription")}
                </Text>
              </FocusModal.Description>
              <TownFormFields
                mode="create"
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
            <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="town-submit">
              {t("common.create")}
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
