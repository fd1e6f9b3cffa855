"use client"

import { useRef, useState, useTransition } from "react"
import { formatYuan } from "@shared/money"
import { requestBulkQuoteAction } from "@/lib/actions/bulk-quote"
import styles from "@/modules/common/shop.module.css"
import { BulkNoteSend } from "./bulk-note-send"

/**
 * 申请询价 of a previewed bulk order at or over the quote threshold: the
 * 询价说明, one press (never twice); the server checks the rows again and
 * the page moves on to the quote (where the support team's prices appear).
 */
export function BulkQuote({
  form,
  threshold,
  m,
}: {
  /** the previewed upload, sent again as it is */
  form: FormData
  /** the quote threshold, yuan text */
  threshold: string
  m: (key: string, values?: Record<string, string | number>) => string
}) {
  const sent = useRef(false)
  const [note, setNote] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, startSend] = useTransition()

  const send = () => {
    if (sent.current) return
    sent.current = true
    startSend(async () => {
      // on success the action leads to the quote's page
      const answer = await requestBulkQuoteAction(form, note)
      sent.current = false
      setProblem(answer.message)
    })
  }

  return (
    <section className={styles.card} aria-labelledby="bulk-quote-heading" data-testid="bulk-quote">
      <h2 id="bulk-quote-heading">{m("quote.heading")}</h2>
      <p className={styles.hint}>{m("quote.intro", { threshold: formatYuan(threshold) })}</p>
      <BulkNoteSend
        testPrefix="bulk-quote"
        name="quote_message"
        label={m("quote.message")}
        maxLength={500}
        note={note}
        onNote={setNote}
        problem={problem}
        sending={sending}
        onSend={send}
        submit={sending ? m("quote.submitting") : m("quote.submit")}
        secondary
      />
    </section>
  )
}
