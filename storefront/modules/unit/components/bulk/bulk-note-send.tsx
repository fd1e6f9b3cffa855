"use client"

import { TextField } from "@/modules/common/components/field"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"

/**
 * The send part of a previewed bulk order's request (提交审批, 申请询价):
 * the server's refusal, the member's note and the one button (disabled while
 * sending). Test ids `<testPrefix>-problem` and `<testPrefix>-submit`.
 */
export function BulkNoteSend({
  testPrefix,
  name,
  label,
  maxLength,
  note,
  onNote,
  problem,
  sending,
  onSend,
  submit,
  secondary = false,
}: {
  testPrefix: string
  name: string
  label: string
  maxLength: number
  note: string
  onNote: (note: string) => void
  problem: string | null
  sending: boolean
  onSend: () => void
  /** the button's text (the sending text while sending) */
  submit: string
  secondary?: boolean
}) {
  return (
    <>
      {problem && (
        <p className={styles.formError} role="alert" data-testid={`${testPrefix}-problem`}>
          {problem}
        </p>
      )}
      <TextField
        idPrefix={testPrefix}
        name={name}
        label={label}
        maxLength={maxLength}
        value={note}
        onChange={(event) => onNote(event.target.value)}
      />
      <div className={bulk.actions}>
        <button
          type="button"
          className={secondary ? `${styles.button} ${styles.secondary}` : styles.button}
          disabled={sending}
          onClick={onSend}
          data-testid={`${testPrefix}-submit`}
        >
          {submit}
        </button>
      </div>
    </>
  )
}
