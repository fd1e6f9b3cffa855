"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { useRouter } from "next/navigation"
import QRCode from "qrcode"
import { formatFen } from "@shared/money"
import { renewWechatPay } from "@/lib/actions/online-payment"
import { formatCountdown, msUntil, type WechatPayView } from "@/lib/checkout/online-pay"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"
import { useWechatPayPolling } from "./wechat-pay-polling"

type Bridge = {
  invoke: (name: string, params: unknown, done: (answer: { err_msg?: string }) => void) => void
}

type JsapiOutcome = "ok" | "cancel" | "fail" | "unavailable"

/** JSAPI: WeChat's in-app payment sheet (WeixinJSBridge exists only inside WeChat's browser). */
function payInWechat(params: NonNullable<WechatPayView["jsapi"]>): Promise<JsapiOutcome> {
  const invoke = (bridge: Bridge) =>
    new Promise<JsapiOutcome>((resolve) =>
      bridge.invoke("getBrandWCPayRequest", params, (answer) => {
        const outcome = /:(ok|cancel)$/.exec(answer.err_msg ?? "")?.[1]
        resolve(outcome === "ok" || outcome === "cancel" ? outcome : "fail")
      })
    )
  const ready = (window as unknown as { WeixinJSBridge?: Bridge }).WeixinJSBridge
  if (ready) return invoke(ready)
  // WeChat injects the bridge a moment after the page loads
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve("unavailable"), 5_000)
    document.addEventListener(
      "WeixinJSBridgeReady",
      () => {
        window.clearTimeout(timer)
        const bridge = (window as unknown as { WeixinJSBridge?: Bridge }).WeixinJSBridge
        resolve(bridge ? invoke(bridge) : "unavailable")
      },
      { once: true }
    )
  })
}

const JSAPI_MESSAGES: Record<Exclude<JsapiOutcome, "ok">, string> = {
  cancel: "wechatpay.jsapiCanceled",
  fail: "wechatpay.jsapiFailed",
  unavailable: "wechatpay.jsapiUnavailable",
}

/** The QR code of `code_url` (rendered in the browser), its countdown and 重新获取二维码 once expired. */
function NativeQr({
  view,
  expired,
  remaining,
  m,
}: {
  view: WechatPayView
  expired: boolean
  remaining: number
  m: (key: string, values?: Record<string, string>) => string
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (view.code_url && canvas.current && !expired)
      QRCode.toCanvas(canvas.current, view.code_url, {
        width: 240,
        margin: 1,
        errorCorrectionLevel: "M",
      }).catch(() => undefined)
  }, [view.code_url, expired])
  return (
    <>
      <p>{m(view.inWechat ? "wechatpay.inWechat" : "wechatpay.scan")}</p>
      {view.code_url && !expired && (
        <canvas
          ref={canvas}
          width={240}
          height={240}
          role="img"
          aria-label={m("wechatpay.qrAlt")}
          data-testid="wechat-qr"
        />
      )}
      {!expired && (
        <p className={styles.hint} data-testid="wechat-countdown" aria-live="off">
          {m("wechatpay.countdown", { time: formatCountdown(remaining) })}
        </p>
      )}
    </>
  )
}

/**
 * Paying a cart with 微信支付: the QR code with its countdown (Native, on a
 * computer or inside WeChat without an openid), the link to WeChat (H5, on a
 * phone's browser) or WeChat's payment sheet (JSAPI). It asks the shop every
 * 2.5 s whether the money arrived and then moves on by itself to the order.
 */
export function WechatPayment({
  initial,
  messages,
}: {
  initial: WechatPayView
  messages: MessageTree
}) {
  const m = messageReader(messages)
  const router = useRouter()
  const [view, setView] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [renewing, startRenew] = useTransition()
  const { now, status } = useWechatPayPolling(view.out_trade_no)
  const remaining = msUntil(view.time_expire, now)
  const expired = remaining <= 0 || status === "closed"
  const invoked = useRef(false)

  const payJsapi = () => {
    if (!view.jsapi) return
    setError(null)
    payInWechat(view.jsapi).then((outcome) =>
      setError(outcome === "ok" ? null : m(JSAPI_MESSAGES[outcome]))
    )
  }
  // JSAPI: WeChat's sheet opens by itself once; the button opens it again
  useEffect(() => {
    if (view.channel !== "jsapi" || invoked.current || expired) return
    invoked.current = true
    payJsapi()
  })

  const renew = () =>
    startRenew(async () => {
      setError(null)
      const answer = await renewWechatPay()
      if (answer.orderUrl) router.replace(answer.orderUrl)
      else if (answer.authorizeUrl) window.location.assign(answer.authorizeUrl)
      else if (answer.view) setView(answer.view)
      else setError(answer.error ?? m("errors.paymentFailed"))
    })

  return (
    <section className={styles.card} aria-labelledby="wechat-heading" data-testid="wechat-payment">
      <h2 id="wechat-heading">{m("wechatpay.heading")}</h2>
      <p data-testid="wechat-amount">
        {m("wechatpay.amount", { amount: formatFen(view.amount_fen) })}
      </p>
      {view.channel === "native" && (
        <NativeQr view={view} expired={expired} remaining={remaining} m={m} />
      )}
      {view.channel === "h5" && view.h5_url && !expired && (
        <>
          <p>{m("wechatpay.h5")}</p>
          <a href={view.h5_url} className={styles.button} data-testid="wechat-h5">
            {m("wechatpay.openH5")}
          </a>
        </>
      )}
      {view.channel === "jsapi" && view.jsapi && !expired && (
        <>
          <p>{m("wechatpay.jsapi")}</p>
          <button
            type="button"
            className={styles.button}
            data-testid="wechat-jsapi"
            onClick={payJsapi}
          >
            {m("wechatpay.payJsapi")}
          </button>
        </>
      )}
      <p role="status" className={styles.notice} data-testid="wechat-status">
        {status === "paid"
          ? m("wechatpay.paid")
          : status === "gone"
            ? m("wechatpay.gone")
            : expired
              ? m("wechatpay.expired")
              : m("wechatpay.waiting")}
      </p>
      {error && (
        <p className={styles.formError} role="alert" data-testid="wechat-error">
          {error}
        </p>
      )}
      {expired && status !== "paid" && status !== "gone" && (
        <button
          type="button"
          className={styles.button}
          onClick={renew}
          disabled={renewing}
          aria-busy={renewing || undefined}
          data-testid="wechat-renew"
        >
          {renewing ? m("wechatpay.renewing") : m("wechatpay.renew")}
        </button>
      )}{" "}
      <a href="/checkout">{m("wechatpay.back")}</a>
    </section>
  )
}
