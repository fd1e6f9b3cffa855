import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { TownFormFields, emptyTownForm, useTownForm } from "../../components/town-form"
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

  const form = useTownForm(emptyTownForm, "create", (body) => mutation.mutate(body))
  const onOpenChange = (next: boolean) => {
    if (next) form.reset(emptyTownForm())
    setOpen(next)
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
      onSubmit={form.onSubmit}
    >
      <TownFormFields
        mode="create"
        values={form.values}
        errors={form.errors}
        onChange={form.onChange}
        disabled={mutation.isPending}
      />
    </FormModal>
  )
}
