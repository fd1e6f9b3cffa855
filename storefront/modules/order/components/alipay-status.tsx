"use client"

import { useEffect, useState } from "react"
import type { StoreAlipayStatus } from "@http/payments"
import { pollAlipay } from "@/lib/actions/online-payment"
import { formatChinaDateTime } from "@/lib/checkout/format"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"

/** How often an awaiting Alipay order asks whether the money arrived. */
const ALIPAY_POLL_MS = 3000

/**
 * An order's 支付宝 payment: 已付款 once Alipay confirmed it, else 等待支付宝确认
 * with the cashier to (re)open; asks the shop every 3 s while awaiting (the
 * shop asks Alipay and captures a paid trade). A paid or cancelled order
 * offers no payment.
 */
export function AlipayStatus({
  initial,
  messages,
}: {
  initial: StoreAlipayStatus
  messages: MessageTree
}) {
  const m = messageReader(messages)
  const [status, setStatus] = useState(initial)
  const awaiting = status.state === "awaiting_payment"

  useEffect(() => {
    if (!awaiting) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = async () => {
      const answer = await pollAlipay(status.order_id).catch(() => null)
      if (stopped) return
      if (answer) setStatus(answer)
      if (!answer || answer.state === "awaiting_payment") timer = setTimeout(ask, ALIPAY_POLL_MS)
    }
    timer = setTimeout(ask, ALIPAY_POLL_MS)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [awaiting, status.order_id])

  return (
    <section className={styles.card} aria-labelledby="alipay-heading" data-testid="alipay-status">
      <h2 id="alipay-heading">{m("alipay.heading")}</h2>
      <p
        role="status"
        className={styles.notice}
        data-testid="alipay-state"
        data-state={status.state}
      >
        {status.state === "paid"
          ? m("alipay.paid")
          : status.state === "canceled"
            ? m("alipay.canceled")
            : m("alipay.waiting")}
      </p>
      {status.state === "paid" && status.paid_at && (
        <p className={styles.hint}>
          {m("alipay.paidAt", { time: formatChinaDateTime(status.paid_at) })}
        </p>
      )}
      {awaiting && (
        <>
          <p className={styles.hint}>{m("alipay.waitingHint")}</p>
          {status.expires_at && (
            <p className={styles.hint}>
              {m("alipay.expires", { time: formatChinaDateTime(status.expires_at) })}
            </p>
          )}
          {status.pay_url && (
            <a href={status.pay_url} className={styles.button} data-testid="alipay-pay">
              {m("alipay.pay")}
            </a>
          )}
        </>
      )}
    </section>
  )
}
