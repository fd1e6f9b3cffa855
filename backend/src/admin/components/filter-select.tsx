import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import { type ListParams, oneOf } from "../lib/url-params"

/** Select value meaning "no filter" (Radix Select items cannot have an empty value). */
const ALL = "all"

type FilterSelectProps = {
  /** the filter in effect; empty for none */
  value: string | undefined
  /** the new filter, undefined for none */
  onChange: (value: string | undefined) => void
  label: string
  /** the "no filter" option, e.g. 全部镇 */
  allLabel: string
  testId: string
  id?: string
  /** the options: <Select.Item>s */
  children: ReactNode
}

/** A list filter: "all" and the given options. */
export const FilterSelect = ({
  value,
  onChange,
  label,
  allLabel,
  testId,
  id,
  children,
}: FilterSelectProps) => (
  <Select
    size="small"
    value={value || ALL}
    onValueChange={(next) => onChange(next === ALL ? undefined : next)}
  >
    <Select.Trigger id={id} aria-label={label} data-testid={testId}>
      <Select.Value placeholder={allLabel} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>{allLabel}</Select.Item>
      {children}
    </Select.Content>
  </Select>
)

type EnumFilterProps<T extends string> = {
  list: ListParams
  /** the URL parameter (and the list query's field) */
  name: string
  options: readonly T[]
  optionLabel: (option: T) => string
  label: string
  allLabel: string
  testId: string
}

/** A list filter over fixed codes kept in the URL under `name` (e.g. status). */
export const EnumFilter = <T extends string>({
  list,
  name,
  options,
  optionLabel,
  ...select
}: EnumFilterProps<T>) => (
  <FilterSelect
    value={oneOf(options, list.searchParams.get(name))}
    onChange={(value) => list.update({ [name]: value })}
    {...select}
  >
    {options.map((option) => (
      <Select.Item key={option} value={option}>
        {optionLabel(option)}
      </Select.Item>
    ))}
  </FilterSelect>
)
