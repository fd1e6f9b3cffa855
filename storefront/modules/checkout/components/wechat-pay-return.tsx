"use client"

import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"
import { useWechatPayPolling } from "./wechat-pay-polling"

/** Back from WeChat's H5 payment: waits for the money and moves on to the order by itself. */
export function WechatPayReturn({ messages }: { messages: MessageTree }) {
  const m = messageReader(messages)
  const { status } = useWechatPayPolling("return")
  const text =
    status === "paid"
      ? "wechatpay.paid"
      : status === "gone"
        ? "wechatpay.gone"
        : status === "closed"
          ? "wechatpay.expired"
          : "wechatpay.waiting"
  return (
    <section className={styles.card} data-testid="wechat-return">
      <h1 className={styles.title}>{m("wechatpay.heading")}</h1>
      <p role="status" className={styles.notice} data-testid="wechat-status">
        {m(text)}
      </p>
      {(status === "gone" || status === "closed") && <a href="/checkout">{m("wechatpay.back")}</a>}
    </section>
  )
}
