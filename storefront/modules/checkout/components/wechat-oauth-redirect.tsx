"use client"

import { useEffect } from "react"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"

/**
 * Inside WeChat's browser: on to WeChat's 网页授权 (silent, snsapi_base),
 * which comes back to /checkout/wechatpay/oauth and from there to WeChat's
 * payment sheet.
 */
export function WechatOauthRedirect({ url, messages }: { url: string; messages: MessageTree }) {
  const m = messageReader(messages)
  useEffect(() => {
    window.location.replace(url)
  }, [url])
  return (
    <section className={styles.card} data-testid="wechat-oauth">
      <h2>{m("wechatpay.heading")}</h2>
      <p role="status" className={styles.notice}>
        {m("wechatpay.oauthRedirect")}
      </p>
      <a href={url}>{m("wechatpay.oauthLink")}</a>
    </section>
  )
}
