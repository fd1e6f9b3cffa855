import type { AdminUnitResponse } from "../../../types/http/unit"
import { CreateModal } from "../../components/create-modal"
import { UnitFormFields, useUnitForm } from "../../components/units/unit-form"
import { emptyUnitForm, unitFormToCreateBody } from "../../components/units/unit-form-schema"
import { useCreateUnit } from "../../hooks/api/units"

/** What the modal needs besides the form and the mutation. */
const CREATE = {
  resource: "unit",
  empty: emptyUnitForm,
  toBody: unitFormToCreateBody,
  created: (data: AdminUnitResponse) => data.unit,
} as const

/** "新建单位" button and its full-screen form; opens the new unit on success. */
export const CreateUnitModal = () => {
  const form = useUnitForm(emptyUnitForm)
  const create = useCreateUnit()
  return (
    <CreateModal {...CREATE} form={form} mutation={create}>
      <UnitFormFields form={form} disabled={create.isPending} />
    </CreateModal>
  )
}
