"use client"

import { useEffect, useRef } from "react"
import type { FormState } from "@/lib/account/form-state"
import styles from "@/modules/common/shop.module.css"

/**
 * Above a refused form: how many fields to fix and a link to each (its label
 * and its Chinese error), announced and focused so a keyboard or screen
 * reader user starts from it. Nothing when no field was refused.
 */
export function ErrorSummary({
  state,
  form,
  labels,
  m,
}: {
  state: FormState
  /** the form's id prefix (its fields' ids are `<form>-field-<name>`) */
  form: string
  /** the label's message key of each field, in the form's order */
  labels: Record<string, string>
  m: (key: string, values?: Record<string, string | number>) => string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const refused = Object.keys(labels).filter((name) => state.errors[name])
  const count = refused.length
  useEffect(() => {
    if (count > 0) ref.current?.focus()
  }, [count])
  if (!count) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={styles.formError}
      data-testid={`${form}-error-summary`}
    >
      <p style={{ margin: 0 }}>{m("summary", { count })}</p>
      <ul style={{ margin: ".35rem 0 0", paddingLeft: "1.2rem" }}>
        {refused.map((name) => (
          <li key={name}>
            <a href={`#${form}-field-${name}`}>
              {m("summaryItem", { label: m(labels[name]), error: state.errors[name] ?? "" })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
