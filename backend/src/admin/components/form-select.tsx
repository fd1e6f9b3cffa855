import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import {
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
  useController,
} from "react-hook-form"
import { Field } from "./field"

type FormSelectProps<T extends FieldValues> = {
  form: UseFormReturn<T>
  name: FieldPath<T>
  id: string
  testId: string
  label: string
  placeholder: string
  required?: boolean
  disabled?: boolean
  /** the value shown for an empty field (Radix Select items cannot have an empty value) */
  emptyValue?: string
  /** runs after the value changed, e.g. to clear a field that depends on it */
  onChanged?: (value: string) => void
  /** the options: <Select.Item>s */
  children: ReactNode
}

/** A labelled select of a react-hook-form form. */
export const FormSelect = <T extends FieldValues>({
  form,
  name,
  id,
  testId,
  label,
  placeholder,
  required,
  disabled,
  emptyValue,
  onChanged,
  children,
}: FormSelectProps<T>) => {
  const {
    field: { value: fieldValue, onChange },
    fieldState,
  } = useController({ control: form.control, name })
  const value = String(fieldValue ?? "")
  return (
    <Field id={id} label={label} error={fieldState.error?.message} required={required}>
      <Select
        value={value || emptyValue || ""}
        onValueChange={(next) => {
          const stored = next === emptyValue ? "" : next
          onChange(stored)
          onChanged?.(stored)
        }}
        disabled={disabled}
      >
        <Select.Trigger id={id} data-testid={testId}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>{children}</Select.Content>
      </Select>
    </Field>
  )
}
