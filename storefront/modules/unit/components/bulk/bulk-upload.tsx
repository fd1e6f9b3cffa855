"use client"

import { useRef, useState, useTransition } from "react"
import type {
  BulkDeliveryInput,
  BulkRowError,
  StoreBulkOrderPreviewResponse,
} from "@http/bulk-order"
import { createBulkOrderAction, previewBulkOrderAction } from "@/lib/actions/bulk-orders"
import { reachesThreshold } from "@/lib/quotes/view"
import { type BulkApprovalPolicy, bulkApprovalReasons } from "@/lib/unit/bulk-approval"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { TextField } from "@/modules/common/components/field"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"
import { BulkApproval } from "./bulk-approval"
import { BulkErrors } from "./bulk-errors"
import { BulkQuote } from "./bulk-quote"
import { BulkTotalsView } from "./bulk-totals"
import { downloadErrorFile } from "./download"

const MAX_BYTES = 5 * 1024 * 1024
const DELIVERY_KEYS = ["recipient", "mobile", "province", "city", "district", "address"] as const

type Checked = { form: FormData; preview: StoreBulkOrderPreviewResponse }

/**
 * 批量下单: the file (or one delivery address and a file of SKUs), PO number
 * and note; 检查并预览 checks every row on the server (nothing written) and
 * shows every error or the totals; 提交订单 sends the very same upload once
 * it is valid (disabled otherwise, and while sending: never twice). One the
 * unit's approval policy holds (by the policy, or by the server's refusal)
 * offers 提交审批 instead; one at or over the quote threshold also offers
 * 申请询价 (the support team prices it; acceptance creates the bulk order).
 */
export function BulkUpload({
  messages,
  approvalPolicy = null,
  quoteThreshold = null,
}: {
  messages: MessageTree
  /** the unit's approval policy and month's spending (null: not known) */
  approvalPolicy?: BulkApprovalPolicy | null
  /** the quote threshold (yuan text): a valid preview at or over it offers 申请询价 */
  quoteThreshold?: string | null
}) {
  const m = messageReader(messages)
  const formRef = useRef<HTMLFormElement>(null)
  const sent = useRef(false)
  const [oneAddress, setOneAddress] = useState(false)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [refused, setRefused] = useState<BulkRowError[] | null>(null)
  const [stale, setStale] = useState(false)
  /** the server refused to create it until approved */
  const [held, setHeld] = useState(false)
  const [checking, startCheck] = useTransition()
  const [submitting, startSubmit] = useTransition()

  /** The form as the server reads it: `file`, `po_number`, `note`, and `delivery` as JSON. */
  const collect = (): FormData | string => {
    const data = new FormData(formRef.current!)
    const file = data.get("file")
    if (!(file instanceof File) || !file.name || file.size === 0) return m("errors.fileRequired")
    if (file.size > MAX_BYTES) return m("errors.fileTooLarge")
    const delivery: Partial<BulkDeliveryInput> = {}
    for (const key of DELIVERY_KEYS) {
      delivery[key] = String(data.get(`delivery_${key}`) ?? "").trim()
      data.delete(`delivery_${key}`)
      if (oneAddress && !delivery[key]) {
        return m("errors.deliveryRequired", { field: m(`delivery.${key}`) })
      }
    }
    data.delete("one_address")
    if (oneAddress) data.set("delivery", JSON.stringify(delivery))
    return data
  }

  const check = () => {
    const data = collect()
    setRefused(null)
    if (typeof data === "string") {
      setProblem(data)
      setChecked(null)
      return
    }
    startCheck(async () => {
      const answer = await previewBulkOrderAction(data)
      setStale(false)
      if (!answer.ok) {
        setProblem(answer.message)
        setChecked(null)
        return
      }
      setProblem(null)
      setChecked({ form: data, preview: answer.preview })
    })
  }

  const submit = () => {
    if (!checked?.preview.valid || stale || sent.current) return
    sent.current = true
    startSubmit(async () => {
      const answer = await createBulkOrderAction(checked.form)
      // on success the action leads to the bulk order's page
      sent.current = false
      setProblem(answer.message)
      setRefused(answer.errors?.length ? answer.errors : null)
      setHeld(!answer.errors?.length && /审批/.test(answer.message))
    })
  }

  const changed = () => {
    if (checked) setStale(true)
    setHeld(false)
  }
  const preview = checked?.preview
  const errors = refused ?? (preview && !stale ? preview.errors : [])
  const reasons = preview?.valid ? bulkApprovalReasons(approvalPolicy, preview.totals.total) : []
  const needsApproval = !!preview?.valid && !stale && (reasons.length > 0 || held)
  const mayQuote =
    !!preview?.valid &&
    !stale &&
    !!quoteThreshold &&
    reachesThreshold(preview.totals.total, quoteThreshold)
  const canSubmit =
    !!preview?.valid && !stale && !checking && !submitting && !refused && !needsApproval

  return (
    <div data-testid="bulk-upload">
      <form
        ref={formRef}
        noValidate
        onChange={changed}
        onSubmit={(event) => {
          event.preventDefault()
          check()
        }}
        data-testid="bulk-upload-form"
      >
        <div className={styles.field}>
          <label htmlFor="bulk-file">{m("new.file")}</label>
          <input
            id="bulk-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className={styles.input}
            data-testid="bulk-file"
          />
        </div>
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="one_address"
            checked={oneAddress}
            onChange={(event) => setOneAddress(event.target.checked)}
            data-testid="bulk-one-address"
          />
          <span className={styles.choiceText}>{m("new.oneAddress")}</span>
        </label>
        {oneAddress && (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{m("new.deliveryHeading")}</legend>
            <div className={bulk.deliveryFields}>
              {DELIVERY_KEYS.map((key) => (
                <TextField
                  key={key}
                  idPrefix="bulk"
                  name={`delivery_${key}`}
                  label={m(`delivery.${key}`)}
                />
              ))}
            </div>
          </fieldset>
        )}
        <div className={`${styles.row} ${styles.row2}`}>
          <TextField
            idPrefix="bulk"
            name="po_number"
            label={m("new.poNumber")}
            hint={m("new.poNumberHint")}
            maxLength={64}
          />
          <TextField idPrefix="bulk" name="note" label={m("new.note")} maxLength={200} />
        </div>
        <button
          type="submit"
          className={styles.button}
          disabled={checking || submitting}
          data-testid="bulk-preview"
        >
          {checking ? m("new.checking") : m("new.preview")}
        </button>
      </form>

      <div aria-live="polite">
        {problem && (
          <p className={styles.formError} role="alert" data-testid="bulk-problem">
            {problem}
          </p>
        )}
        {stale && (
          <p className={styles.hint} data-testid="bulk-stale">
            {m("new.changed")}
          </p>
        )}
        {errors.length > 0 && checked && (
          <section className={styles.card} aria-labelledby="bulk-errors-heading">
            <h2 id="bulk-errors-heading" data-testid="bulk-errors-heading">
              {m("errors.heading", { count: errors.length })}
            </h2>
            <p className={styles.hint}>{m("errors.intro")}</p>
            <BulkErrors errors={errors} m={m} />
            <button
              type="button"
              className={`${styles.button} ${styles.secondary}`}
              onClick={() =>
                downloadErrorFile(checked.form).catch(() => setProblem(m("errors.downloadFailed")))
              }
              data-testid="bulk-error-file"
            >
              {m("errors.download")}
            </button>
          </section>
        )}
        {preview && !stale && preview.valid && (
          <section className={styles.card} aria-labelledby="bulk-totals-heading">
            <h2 id="bulk-totals-heading">{m("totals.heading")}</h2>
            <p className={styles.notice} role="status" data-testid="bulk-valid">
              {m("totals.valid", { rows: preview.rows.length })}
            </p>
            <BulkTotalsView totals={preview.totals} m={m} />
          </section>
        )}
      </div>

      <div className={bulk.actions}>
        <button
          type="button"
          className={styles.button}
          disabled={!canSubmit}
          aria-disabled={!canSubmit}
          onClick={submit}
          data-testid="bulk-submit"
        >
          {submitting ? m("new.submitting") : m("new.submit")}
        </button>
        {!canSubmit && (
          <span className={styles.hint}>
            {m(needsApproval ? "approval.submitHint" : "new.submitHint")}
          </span>
        )}
      </div>
      {needsApproval && checked && <BulkApproval form={checked.form} reasons={reasons} m={m} />}
      {mayQuote && checked && quoteThreshold && (
        <BulkQuote form={checked.form} threshold={quoteThreshold} m={m} />
      )}
    </div>
  )
}
