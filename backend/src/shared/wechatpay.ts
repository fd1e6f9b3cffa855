/**
 * 微信支付 (WeChat Pay): the rule of the checkout's payment-session input, for
 * the provider (backend/src/modules/wechatpay) and the storefront alike.
 */
import { z } from "zod"

/** Native: a QR code on a desktop; H5: a phone's browser outside WeChat; JSAPI: inside WeChat's browser. */
export const WECHATPAY_CHANNELS = ["native", "h5", "jsapi"] as const
export type WechatPayChannel = (typeof WECHATPAY_CHANNELS)[number]

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const IPV6 = /^[0-9a-fA-F:]{2,39}$/

/** The session's input data (absent: native). */
export const WechatPaySessionInput = z
  .object({
    channel: z
      .enum(WECHATPAY_CHANNELS, { message: "支付方式须为 native、h5 或 jsapi" })
      .default("native"),
    openid: z
      .string()
      .regex(/^[\w-]{6,128}$/, "openid 格式不正确")
      .optional(),
    client_ip: z
      .string()
      .refine((ip) => IPV4.test(ip) || (ip.includes(":") && IPV6.test(ip)), "付款人 IP 地址不正确")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.channel === "jsapi" && !value.openid) {
      ctx.addIssue({ code: "custom", path: ["openid"], message: "微信内支付需要付款人的 openid" })
    }
    if (value.channel === "h5" && !value.client_ip) {
      ctx.addIssue({ code: "custom", path: ["client_ip"], message: "H5 支付需要付款人的 IP 地址" })
    }
  })
export type WechatPaySessionInputType = z.input<typeof WechatPaySessionInput>
