import { CreateModal } from "../../components/create-modal"
import { TownFormFields, useTownForm } from "../../components/towns/town-form"
import { emptyTownForm, townFormToCreateBody } from "../../components/towns/town-form-schema"
import { useCreateTown } from "../../hooks/api/towns"

/** "新建镇" button and its full-screen form; opens the new town on success. */
export const CreateTownModal = () => {
  const form = useTownForm("create", emptyTownForm)
  const create = useCreateTown()
  return (
    <CreateModal
      resource="town"
      form={form}
      empty={emptyTownForm}
      toBody={townFormToCreateBody}
      mutation={create}
      created={(data) => data.town}
    >
      <TownFormFields form={form} mode="create" disabled={create.isPending} />
    </CreateModal>
  )
}
