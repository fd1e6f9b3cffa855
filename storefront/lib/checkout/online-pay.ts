/**
 * Pure helpers of the checkout's online payments (微信支付, 支付宝): which flow
 * the buyer's browser gets, the buyer's IP for WeChat Pay's H5 pay, and the
 * countdown shown beside a QR code. No server or browser imports.
 */
import { WechatPaySessionInput } from "@shared/wechatpay"

/** `wechat`: WeChat's own browser; `phone`: another browser on a phone or tablet; `desktop`: a computer. */
export type PayDevice = "wechat" | "phone" | "desktop"

const PHONE_UA = /Android|iPhone|iPad|iPod|Mobile|HarmonyOS|Windows Phone|BlackBerry|Opera Mini/i

/** The device class of a User-Agent (missing: a computer). */
export function payDevice(userAgent: string | null | undefined): PayDevice {
  const ua = userAgent ?? ""
  if (/MicroMessenger/i.test(ua)) return "wechat"
  return PHONE_UA.test(ua) ? "phone" : "desktop"
}

/** 支付宝's channel for a device: 手机网站支付 on a phone (in WeChat too), 电脑网站支付 on a computer. */
export const alipayChannelOf = (device: PayDevice) => (device === "desktop" ? "page" : "wap")

/**
 * The buyer's IP from the request headers the storefront's server got (the
 * first address of `x-forwarded-for`, else `x-real-ip`), as WeChat Pay's H5
 * pay needs it; undefined when neither holds a valid address.
 */
export function clientIpOf(forwardedFor: string | null, realIp: string | null): string | undefined {
  const candidates = [(forwardedFor ?? "").split(",")[0], realIp ?? ""]
  for (const raw of candidates) {
    const ip = raw.trim().replace(/^::ffff:(?=\d+\.)/i, "")
    if (ip && WechatPaySessionInput.safeParse({ channel: "h5", client_ip: ip }).success) return ip
  }
  return undefined
}

/** WeChat Pay's `h5_url` with the page the buyer comes back to after paying. */
export function h5UrlWithReturn(h5Url: string, returnUrl: string): string {
  const separator = h5Url.includes("?") ? "&" : "?"
  return `${h5Url}${separator}redirect_url=${encodeURIComponent(returnUrl)}`
}

/** Milliseconds until an ISO date (never below 0; NaN dates count as expired). */
export function msUntil(iso: string, now: number): number {
  const at = Date.parse(iso)
  return Number.isFinite(at) ? Math.max(0, at - now) : 0
}

/** A countdown: `mm:ss` under an hour, `h:mm:ss` from an hour on (rounded up to the second). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, "0")
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

/** What the checkout page needs to show a WeChat Pay session (from the session's `data`). */
export type WechatPayView = {
  channel: "native" | "h5" | "jsapi"
  /** the buyer is in WeChat's browser without an openid: a QR code to long-press, or open in a browser */
  inWechat: boolean
  out_trade_no: string
  amount_fen: number
  time_expire: string
  code_url?: string
  /** with `redirect_url` back to the shop already added */
  h5_url?: string
  jsapi?: {
    appId: string
    timeStamp: string
    nonceStr: string
    package: string
    signType: "RSA"
    paySign: string
  }
}
