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
import { FormModal } from "../../components/form-modal"
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
    <FormModal
      open={open}
      onOpenChange={onOpenChange}
      triggerLabel={t("town.create")}
      triggerTestId="town-create"
      title={t("town.createTitle")}
      description={t("town.createDescription")}
      submitTestId="town-submit"
      pending={mutation.isPending}
      onSubmit={onSubmit}
    >
      <TownFormFields
        mode="create"
        values={values}
        errors={errors}
        onChange={onChange}
        disabled={mutation.isPending}
      />
    </FormModal>
  )
}
