import "server-only"
import { cookies, headers } from "next/headers"
import type { WechatPaySessionData } from "@http/wechatpay"
import type { StoreCart } from "@/lib/data/cart"
import { initiatePayment, WECHATPAY_PROVIDER } from "@/lib/data/payment"
import {
  clientIpOf,
  h5UrlWithReturn,
  payDevice,
  type PayDevice,
  type WechatPayView,
} from "./online-pay"

/** Set by the WeChat OAuth step (公众号 网页授权) when the shop has one: the payer's openid for JSAPI. */
const OPENID_COOKIE = "wechat_openid"

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
 * Opens (or reopens) the cart's WeChat Pay session with the flow this browser
 * needs: Native (QR code) on a computer, H5 on a phone's browser (with the
 * buyer's IP), JSAPI inside WeChat when an openid is known, else Native inside
 * WeChat too (long-press the QR code, or open the page in a browser).
 * Null when WeChat Pay gave nothing to show.
 */
export async function openWechatPay(cart: StoreCart): Promise<WechatPayView | null> {
  const device = await requestDevice()
  const h = await headers()
  const openid = (await cookies()).get(OPENID_COOKIE)?.value
  const clientIp = clientIpOf(h.get("x-forwarded-for"), h.get("x-real-ip"))
  const channel =
    device === "wechat" && openid ? "jsapi" : device === "phone" && clientIp ? "h5" : "native"
  const input =
    channel === "jsapi"
      ? { channel, openid }
      : channel === "h5"
        ? { channel, client_ip: clientIp }
        : { channel }
  const session = await initiatePayment(cart, WECHATPAY_PROVIDER, input)
  const data = session?.data as WechatPaySessionData | undefined
  if (!data?.out_trade_no) return null
  const view: WechatPayView = {
    channel,
    inWechat: device === "wechat" && channel === "native",
    out_trade_no: data.out_trade_no,
    amount_fen: data.amount_fen,
    time_expire: data.time_expire,
  }
  if (channel === "native" && data.code_url) return { ...view, code_url: data.code_url }
  if (channel === "h5" && data.h5_url) {
    const back = `${await storefrontOrigin()}/checkout/wechatpay`
    return { ...view, h5_url: h5UrlWithReturn(data.h5_url, back) }
  }
  if (channel === "jsapi" && data.jsapi) return { ...view, jsapi: data.jsapi }
  return null
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
