import styles from "@/modules/common/shop.module.css"

/** What a field's control gets from its Field: its id and the accessibility attributes of its hint and error. */
export type FieldControlProps = {
  id: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

/** A labelled field with its Chinese error announced next to it. */
export function Field({
  name,
  label,
  hint,
  error,
  idPrefix,
  children,
}: {
  /** keeps ids unique when two forms on a page have a field of the same name */
  idPrefix?: string
  name: string
  label: string
  hint?: string
  error?: string
  children: (props: FieldControlProps) => React.ReactNode
}) {
  const id = `${idPrefix ? `${idPrefix}-` : ""}field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ")
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  )
}

type InputProps = Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "className" | "aria-invalid" | "aria-describedby"
>

/** A labelled text input (the shop's input style) with its hint and error. */
export function TextField({
  idPrefix,
  name,
  label,
  hint,
  error,
  ...input
}: InputProps & {
  idPrefix?: string
  name: string
  label: string
  hint?: string
  error?: string
}) {
  return (
    <Field idPrefix={idPrefix} name={name} label={label} hint={hint} error={error}>
      {(a11y) => <input {...a11y} name={name} className={styles.input} {...input} />}
    </Field>
  )
}

/** A form's answer as the fields read it: the values sent and an error per field. */
export type FieldsState = {
  values: Record<string, string | undefined>
  errors: Partial<Record<string, string>>
}

/**
 * The props of a TextField bound to a form's state: its name, error and the
 * value sent last (none for a password, which is never sent back).
 */
export function fieldOf(
  state: FieldsState,
  name: string,
  options: { idPrefix?: string; password?: boolean } = {}
) {
  return {
    idPrefix: options.idPrefix,
    name,
    error: state.errors[name],
    defaultValue: options.password ? undefined : (state.values[name] ?? ""),
  }
}
