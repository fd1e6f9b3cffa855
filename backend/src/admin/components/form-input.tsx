import { Input, Textarea } from "@medusajs/ui"
import type { ComponentProps } from "react"
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form"
import { Field } from "./field"

type FormInputProps<T extends FieldValues, O> = Omit<
  ComponentProps<typeof Input>,
  "form" | "name" | "id"
> & {
  form: UseFormReturn<T, unknown, O>
  name: FieldPath<T>
  /** prefix of the input's id and test id: `${prefix}-${name with dashes}` */
  prefix: string
  /** the input's id (and test id), when it is not made of prefix and name */
  id?: string
  /** the test id, when it is not the id */
  testId?: string
  label: string
  hint?: string
  required?: boolean
  /** several lines: a textarea of that many rows */
  rows?: number
}

/**
 * The id (and test id) of a form's field: "town" + "name_pinyin" →
 * "town-name-pinyin"; a row's field by its last part: "certificate-0" +
 * "certificates.0.valid_until" → "certificate-0-valid-until".
 */
export const fieldId = (prefix: string, name: string) =>
  `${prefix}-${(name.split(".").pop() ?? name).replace(/_/g, "-")}`

/** A labelled input (or, with `rows`, textarea) of a react-hook-form form, with its error. */
export const FormInput = <T extends FieldValues, O = T>({
  form,
  name,
  prefix,
  id: givenId,
  testId,
  label,
  hint,
  required,
  className,
  disabled,
  rows,
  ...input
}: FormInputProps<T, O>) => {
  const id = givenId ?? fieldId(prefix, name)
  const error = form.getFieldState(name, form.formState).error?.message
  const props = {
    id,
    "data-testid": testId ?? id,
    disabled,
    "aria-invalid": error ? true : undefined,
    ...form.register(name),
  }
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
    >
      {rows ? (
        <Textarea
          rows={rows}
          maxLength={input.maxLength}
          placeholder={input.placeholder}
          {...props}
        />
      ) : (
        <Input {...input} {...props} />
      )}
    </Field>
  )
}
