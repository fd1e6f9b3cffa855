import { Input, Textarea } from "@medusajs/ui"
import type { ComponentProps } from "react"
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form"
import { Field } from "./field"

type FormTextProps<T extends FieldValues, O> = {
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
  className?: string
  disabled?: boolean
}

type InputProps = Omit<ComponentProps<typeof Input>, "form" | "name" | "id">
type TextareaProps = Omit<ComponentProps<typeof Textarea>, "form" | "name" | "id">

/**
 * The id (and test id) of a form's field: "town" + "name_pinyin" →
 * "town-name-pinyin"; a row's field by its last part: "certificate-0" +
 * "certificates.0.valid_until" → "certificate-0-valid-until".
 */
export const fieldId = (prefix: string, name: string) =>
  `${prefix}-${(name.split(".").pop() ?? name).replace(/_/g, "-")}`

const useFieldProps = <T extends FieldValues, O>({
  form,
  name,
  prefix,
  id: givenId,
  testId,
  disabled,
}: Pick<FormTextProps<T, O>, "form" | "name" | "prefix" | "id" | "testId" | "disabled">) => {
  const id = givenId ?? fieldId(prefix, name)
  const error = form.getFieldState(name, form.formState).error?.message
  return {
    id,
    error,
    props: {
      id,
      "data-testid": testId ?? id,
      disabled,
      "aria-invalid": error ? true : undefined,
      ...form.register(name),
    },
  }
}

/** A labelled one-line input of a react-hook-form form. */
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
  ...input
}: FormTextProps<T, O> & InputProps) => {
  const { id, error, props } = useFieldProps({ form, name, prefix, id: givenId, testId, disabled })
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
    >
      <Input {...input} {...props} />
    </Field>
  )
}

/** A labelled multi-line input of a react-hook-form form. */
export const FormTextarea = <T extends FieldValues, O = T>({
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
  ...textarea
}: FormTextProps<T, O> & TextareaProps) => {
  const { id, error, props } = useFieldProps({ form, name, prefix, id: givenId, testId, disabled })
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
    >
      <Textarea {...textarea} {...props} />
    </Field>
  )
}
