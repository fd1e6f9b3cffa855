import { Select } from "@medusajs/ui"
import { useUnits } from "../../hooks/api/units"
import { MAX_PAGE_SIZE } from "../../lib/client"
import type { ListParams } from "../../lib/url-params"
import { FilterSelect } from "../filter-select"

type UnitFilterProps = {
  list: ListParams
  label: string
  /** the "no filter" option, e.g. 全部单位 */
  allLabel: string
  testId: string
}

/** The unit a list is filtered by (the URL's `unit_id`), undefined for all. */
export const unitFilterOf = (list: ListParams) => list.searchParams.get("unit_id") || undefined

/** A list filter over every unit, kept in the URL under `unit_id`. */
export const UnitFilter = ({ list, ...select }: UnitFilterProps) => {
  const units = useUnits({ limit: MAX_PAGE_SIZE })
  return (
    <FilterSelect
      value={unitFilterOf(list)}
      onChange={(value) => list.update({ unit_id: value })}
      {...select}
    >
      {(units.data?.units ?? []).map((unit) => (
        <Select.Item key={unit.id} value={unit.id}>
          {unit.name}
        </Select.Item>
      ))}
    </FilterSelect>
  )
}
