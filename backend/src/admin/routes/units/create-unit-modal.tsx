import { CreateModal } from "../../components/create-modal"
import { UnitFormFields, useUnitForm } from "../../components/units/unit-form"
import { emptyUnitForm, unitFormToCreateBody } from "../../components/units/unit-form-schema"
import { useCreateUnit } from "../../hooks/api/units"

/** "新建单位" button and its full-screen form; opens the new unit on success. */
export const CreateUnitModal = () => {
  const form = useUnitForm(emptyUnitForm)
  const create = useCreateUnit()
  return (
    <CreateModal
      resource="unit"
      form={form}
      empty={emptyUnitForm}
      toBody={unitFormToCreateBody}
      mutation={create}
      created={(data) => data.unit}
    >
      <UnitFormFields form={form} disabled={create.isPending} />
    </CreateModal>
  )
}
