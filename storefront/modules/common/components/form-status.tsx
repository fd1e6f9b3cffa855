import styles from "@/modules/common/shop.module.css"

/** A form's answer above its fields: the error for the whole form, or a success message. */
export function FormStatus({
  state,
  errorTestId,
  messageTestId,
}: {
  state: { formError?: string; message?: string }
  errorTestId?: string
  messageTestId?: string
}) {
  return (
    <>
      {state.formError && (
        <p className={styles.formError} role="alert" data-testid={errorTestId}>
          {state.formError}
        </p>
      )}
      {state.message && (
        <p className={styles.notice} role="status" data-testid={messageTestId}>
          {state.message}
        </p>
      )}
    </>
  )
}

/** A form's submit button, disabled while the form is being sent. */
export function SubmitButton({
  pending,
  block,
  secondary,
  children,
  ...button
}: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className" | "disabled"> & {
  pending: boolean
  /** full width */
  block?: boolean
  /** the quiet style of a second choice */
  secondary?: boolean
}) {
  const className = [styles.button, block && styles.buttonBlock, secondary && styles.secondary]
    .filter(Boolean)
    .join(" ")
  return (
    <button type="submit" className={className} disabled={pending} {...button}>
      {children}
    </button>
  )
}
