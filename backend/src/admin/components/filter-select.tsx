import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"

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
