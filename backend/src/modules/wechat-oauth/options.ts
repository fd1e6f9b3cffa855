import { z } from "zod"

/** WeChat's 网页授权 (OAuth 2.0 of a 公众号): the authorize page and the token API. */
export const WECHAT_OAUTH_AUTHORIZE = "https://open.weixin.qq.com"
export const WECHAT_OAUTH_API = "https://api.weixin.qq.com"

/** The module's options, as medusa-config.ts passes them (docs/configuration.md). */
export const WechatOauthOptionsSchema = z.object({
  /** the 服务号's AppID, bound to the merchant number (WECHATPAY_APPID) */
  appid: z.string().min(1, "WECHATPAY_APPID is required"),
  /** the 服务号's AppSecret (WECHATPAY_APP_SECRET): server side only */
  appSecret: z.string().min(16, "WECHATPAY_APP_SECRET must be the 服务号's AppSecret"),
  /** where WeChat sends the buyer back with `code` (the storefront's callback, on the 网页授权域名) */
  redirectUrl: z
    .string()
    .regex(/^https?:\/\/[^\s#]+$/, "WECHAT_OAUTH_REDIRECT_URL must be an http(s) URL"),
  /** open.weixin.qq.com; the tests' stand-in replaces it */
  authorizeBase: z.string().url().optional(),
  /** api.weixin.qq.com; the tests' stand-in replaces it */
  apiBase: z.string().url().optional(),
  /** how long a `state` handed out stays good, seconds (default 600) */
  stateTtlSeconds: z.coerce.number().int().min(60).max(3600).optional(),
})

export type WechatOauthOptions = z.input<typeof WechatOauthOptionsSchema>

export type WechatOauthConfig = z.output<typeof WechatOauthOptionsSchema> & {
  authorizeBase: string
  apiBase: string
  stateTtlSeconds: number
}

/** Validates the options; throws a message naming the variable. */
export function loadWechatOauthConfig(options: WechatOauthOptions): WechatOauthConfig {
  const parsed = WechatOauthOptionsSchema.safeParse(options)
  if (!parsed.success) {
    throw new Error(`WeChat OAuth: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
  }
  const o = parsed.data
  return {
    ...o,
    authorizeBase: (o.authorizeBase ?? WECHAT_OAUTH_AUTHORIZE).replace(/\/$/, ""),
    apiBase: (o.apiBase ?? WECHAT_OAUTH_API).replace(/\/$/, ""),
    stateTtlSeconds: o.stateTtlSeconds ?? 600,
  }
}
