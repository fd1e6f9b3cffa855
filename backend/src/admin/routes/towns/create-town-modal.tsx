import { useNavigate } from "react-router-dom"
import { FormModal, useModalState } from "../../components/form-modal"
import { TownFormFields, useTownForm } from "../../components/towns/town-form"
import { emptyTownForm, townFormToCreateBody } from "../../components/towns/town-form-schema"
import { useCreateTown } from "../../hooks/api/towns"
import { useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"

/** "新建镇" button and its full-screen form; opens the new town on success. */
export const CreateTownModal = () => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const form = useTownForm("create", emptyTownForm)
  const modal = useModalState(() => form.reset(emptyTownForm()))
  const create = useCreateTown({
    onSuccess: ({ town }) => {
      notify.success("town.created", { name: town.name })
      modal.close()
      navigate(`/towns/${town.id}`)
    },
    onError: (error) => notify.error(error, "common.createFailed"),
  })
  const onSubmit = useFormSubmit(form, (values) => create.mutate(townFormToCreateBody(values)))

  return (
    <FormModal
      {...modal}
      triggerLabel={t("town.create")}
      triggerTestId="town-create"
      title={t("town.createTitle")}
      description={t("town.createDescription")}
      submitTestId="town-submit"
      pending={create.isPending}
      onSubmit={onSubmit}
    >
      <TownFormFields form={form} mode="create" disabled={create.isPending} />
    </FormModal>
  )
}
