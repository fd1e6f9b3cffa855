import { Label, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  className?: string
  children: ReactNode
}

/** A labelled form control with an optional hint and an inline error. */
export const Field = ({ id, label, hint, error, required, className, children }: FieldProps) => (
  <div className={clx("flex min-w-0 flex-col gap-y-2", className)}>
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {required ? <span className="text-ui-fg-error ml-0.5">*</span> : null}
    </Label>
    {children}
    {error ? (
      <Text size="small" className="text-ui-fg-error" id={`${id}-error`}>
        {error}
      </Text>
    ) : hint ? (
      <Text size="small" className="text-ui-fg-muted">
        {hint}
      </Text>
    ) : null}
  </div>
)
