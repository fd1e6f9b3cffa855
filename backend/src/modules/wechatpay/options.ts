import { readFileSync } from "node:fs"
import { createPrivateKey, type KeyObject, X509Certificate } from "node:crypto"
import { z } from "zod"
import { publicKeyFromPem } from "./crypto"

/** WeChat Pay's API; `apiBase` replaces it (the tests' stand-in). */
export const WECHATPAY_API = "https://api.mch.weixin.qq.com"

/** The provider's options, as medusa-config.ts passes them from WECHATPAY_* (docs/configuration.md). */
export const WechatPayOptionsSchema = z
  .object({
    mchid: z.string().regex(/^\d{6,32}$/, "WECHATPAY_MCHID: the merchant number (digits)"),
    appid: z.string().min(1, "WECHATPAY_APPID is required"),
    merchantSerial: z.string().min(1, "WECHATPAY_MERCHANT_SERIAL is required"),
    /** path of apiclient_key.pem */
    privateKey: z.string().min(1, "WECHATPAY_PRIVATE_KEY (path of apiclient_key.pem) is required"),
    /**
     * path of the 微信支付公钥 (pub_key.pem) or of a platform certificate; unset:
     * the platform certificates are downloaded at start (certificate mode)
     */
    platformPublicKey: z.string().min(1).optional(),
    /** the 微信支付公钥 ID (PUB_KEY_ID_…) or the platform certificate's serial */
    platformSerial: z.string().min(1).optional(),
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
  .refine((o) => !o.platformPublicKey === !o.platformSerial, {
    message:
      "WECHATPAY_PLATFORM_PUBLIC_KEY and WECHATPAY_PLATFORM_SERIAL go together (both set, or both unset to download the platform certificates)",
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
  platformPublicKey?: KeyObject
  /** a configured platform certificate's validity (ms since the epoch) */
  platformValidity?: { notBefore: number; notAfter: number }
}

/** Validates the options and reads the key files; throws a message naming the variable. */
export function loadWechatPayConfig(options: WechatPayOptions): WechatPayConfig {
  const parsed = WechatPayOptionsSchema.safeParse(options)
  if (!parsed.success) {
    throw new Error(`WeChat Pay: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
  }
  const { platformPublicKey, ...o } = parsed.data
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
    ...configuredPlatformKey(
      platformPublicKey && read(platformPublicKey, "WECHATPAY_PLATFORM_PUBLIC_KEY")
    ),
  }
}

/** The configured platform key, with the validity of a platform certificate. */
function configuredPlatformKey(pem: string | undefined) {
  if (!pem) return {}
  if (!pem.includes("CERTIFICATE")) return { platformPublicKey: publicKeyFromPem(pem) }
  const certificate = new X509Certificate(pem)
  return {
    platformPublicKey: certificate.publicKey,
    platformValidity: {
      notBefore: Date.parse(certificate.validFrom),
      notAfter: Date.parse(certificate.validTo),
    },
  }
}
