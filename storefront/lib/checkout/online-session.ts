import "server-only"
import { cookies, headers } from "next/headers"
import type { WechatPaySessionData } from "@http/wechatpay"
import type { StoreCart } from "@/lib/data/cart"
import { wechatOauthFor } from "@/lib/data/online-payments"
import { initiatePayment, WECHATPAY_PROVIDER } from "@/lib/data/payment"
import {
  clientIpOf,
  h5UrlWithReturn,
  payDevice,
  type PayDevice,
  type WechatPayView,
} from "./online-pay"

/** The `state` of the 网页授权 this browser was sent to, checked by the callback (10 minutes). */
const OAUTH_STATE_COOKIE = "wechat_oauth_state"
const OAUTH_CALLBACK_PATH = "/checkout/wechatpay"

const secureCookies = () => (process.env.STOREFRONT_URL ?? "").startsWith("https://")

/** The device class of the request's browser. */
export async function requestDevice(): Promise<PayDevice> {
  return payDevice((await headers()).get("user-agent"))
}

/** Where the shop's pages are, for the addresses WeChat Pay and Alipay send the buyer back to. */
export async function storefrontOrigin(): Promise<string> {
  const configured = process.env.STOREFRONT_URL
  if (configured) return configured.replace(/\/$/, "")
  const h = await headers()
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`
}

/**
 * Inside WeChat's browser with the shop's 网页授权 configured: the authorize
 * address this browser is sent to (its state kept in a short http-only
 * cookie, so the callback knows the code came back to the browser that asked).
 */
async function wechatOauthStep(cart: StoreCart): Promise<{ authorize_url: string } | null> {
  const oauth = await wechatOauthFor(cart.id)
  const state = oauth && new URL(oauth.authorize_url).searchParams.get("state")
  if (!oauth || !state) return null
  ;(await cookies()).set(OAUTH_STATE_COOKIE, state, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: OAUTH_CALLBACK_PATH,
    maxAge: 10 * 60,
  })
  return { authorize_url: oauth.authorize_url }
}

/** The callback's check: the state WeChat handed back is the one this browser was given (used once). */
export async function takeOauthState(state: string | null): Promise<boolean> {
  const jar = await cookies()
  const kept = jar.get(OAUTH_STATE_COOKIE)?.value
  jar.delete({ name: OAUTH_STATE_COOKIE, path: OAUTH_CALLBACK_PATH })
  return !!state && kept === state
}

/**
 * Opens (or reopens) the cart's WeChat Pay session with the flow this browser
 * needs: Native (QR code) on a computer, H5 on a phone's browser (with the
 * buyer's IP); inside WeChat, the 网页授权 first (`authorize_url`: the
 * callback opens JSAPI with the openid the backend gets from WeChat), or,
 * when the shop has no AppSecret, Native (long-press the QR code, or open
 * the page in a browser). Null when WeChat Pay gave nothing to show.
 */
export async function openWechatPay(
  cart: StoreCart
): Promise<WechatPayView | { authorize_url: string } | null> {
  const device = await requestDevice()
  if (device === "wechat") {
    const oauth = await wechatOauthStep(cart)
    if (oauth) return oauth
  }
  const h = await headers()
  const clientIp = clientIpOf(h.get("x-forwarded-for"), h.get("x-real-ip"))
  const channel = device === "phone" && clientIp ? "h5" : "native"
  const input = channel === "h5" ? { channel, client_ip: clientIp } : { channel }
  const session = await initiatePayment(cart, WECHATPAY_PROVIDER, input)
  const data = session?.data as WechatPaySessionData | undefined
  if (!data?.out_trade_no) return null
  const view: WechatPayView = {
    channel,
    inWechat: device === "wechat",
    out_trade_no: data.out_trade_no,
    amount_fen: data.amount_fen,
    time_expire: data.time_expire,
  }
  if (channel === "native" && data.code_url) return { ...view, code_url: data.code_url }
  if (channel === "h5" && data.h5_url) {
    const back = `${await storefrontOrigin()}/checkout/wechatpay`
    return { ...view, h5_url: h5UrlWithReturn(data.h5_url, back) }
  }
  return null
}

/** The cart's JSAPI session as the page shows it (after the 网页授权 callback opened it). */
export function jsapiViewOf(cart: StoreCart | null): WechatPayView | null {
  const session = cart?.payment_collection?.payment_sessions?.find(
    (s) => s.provider_id === WECHATPAY_PROVIDER
  )
  const data = session?.data as WechatPaySessionData | undefined
  if (data?.channel !== "jsapi" || !data.jsapi) return null
  return {
    channel: "jsapi",
    inWechat: true,
    out_trade_no: data.out_trade_no,
    amount_fen: data.amount_fen,
    time_expire: data.time_expire,
    jsapi: data.jsapi,
  }
}

/** The order this browser last sent to Alipay's cashier: where /checkout/alipay-return looks. */
const ALIPAY_ORDER_COOKIE = "alipay_order"

export async function rememberAlipayOrder(orderId: string) {
  ;(await cookies()).set(ALIPAY_ORDER_COOKIE, orderId, {
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24,
  })
}

export async function alipayOrderId(): Promise<string | undefined> {
  return (await cookies()).get(ALIPAY_ORDER_COOKIE)?.value
}
