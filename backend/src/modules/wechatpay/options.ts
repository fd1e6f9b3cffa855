import { readFileSync } from "node:fs"
import { createPrivateKey, type KeyObject } from "node:crypto"
import { z } from "zod"
import { publicKeyFromPem } from "./crypto"

/** WeChat Pay's API; `apiBase` replaces it (the tests' stand-in). */
export const WECHATPAY_API = "https://api.mch.weixin.qq.com"

/** The provider's options, as medusa-config.ts passes them from WECHATPAY_* (docs/configuration.md). */
export const WechatPayOptionsSchema = z.object({
  mchid: z.string().regex(/^\d{6,32}$/, "WECHATPAY_MCHID: the merchant number (digits)"),
  appid: z.string().min(1, "WECHATPAY_APPID is required"),
  merchantSerial: z.string().min(1, "WECHATPAY_MERCHANT_SERIAL is required"),
  /** path of apiclient_key.pem */
  privateKey: z.string().min(1, "WECHATPAY_PRIVATE_KEY (path of apiclient_key.pem) is required"),
  /** path of the 微信支付公钥 (pub_key.pem) or of a platform certificate */
  platformPublicKey: z.string().min(1, "WECHATPAY_PLATFORM_PUBLIC_KEY (path) is required"),
  /** the 微信支付公钥 ID (PUB_KEY_ID_…) or the platform certificate's serial */
  platformSerial: z.string().min(1, "WECHATPAY_PLATFORM_SERIAL is required"),
  apiV3Key: z.string().length(32, "WECHATPAY_APIV3_KEY must be the 32-character APIv3 key"),
  notifyUrl: z
    .string()
    .regex(
      /^https:\/\/[^\s?#]+$/,
      "WECHATPAY_NOTIFY_URL must be an https URL without a query string"
    ),
  apiBase: z.string().url().optional(),
  /** minutes a buyer has to pay an order (time_expire); default 120 */
  expireMinutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .optional(),
  /** H5 pay: the shop's site name and address for scene_info.h5_info */
  siteName: z.string().optional(),
  siteUrl: z.string().optional(),
})

export type WechatPayOptions = z.input<typeof WechatPayOptionsSchema>

/** The options with the keys read: what the client works with. */
export type WechatPayConfig = Omit<
  z.output<typeof WechatPayOptionsSchema>,
  "privateKey" | "platformPublicKey"
> & {
  apiBase: string
  expireMinutes: number
  privateKey: KeyObject
  platformPublicKey: KeyObject
}

/** Validates the options and reads the key files; throws a message naming the variable. */
export function loadWechatPayConfig(options: WechatPayOptions): WechatPayConfig {
  const parsed = WechatPayOptionsSchema.safeParse(options)
  if (!parsed.success) {
    throw new Error(`WeChat Pay: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
  }
  const o = parsed.data
  const read = (path: string, name: string) => {
    try {
      return readFileSync(path, "utf8")
    } catch {
      throw new Error(`WeChat Pay: cannot read ${name} at ${path}`)
    }
  }
  return {
    ...o,
    apiBase: (o.apiBase ?? WECHATPAY_API).replace(/\/$/, ""),
    expireMinutes: o.expireMinutes ?? 120,
    privateKey: createPrivateKey(read(o.privateKey, "WECHATPAY_PRIVATE_KEY")),
    platformPublicKey: publicKeyFromPem(read(o.platformPublicKey, "WECHATPAY_PLATFORM_PUBLIC_KEY")),
  }
}
