import type { WechatOauthConfig } from "./options"

/** WeChat's answer to a refused code exchange: `{ errcode, errmsg }`. */
export class WechatOauthError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string
  ) {
    super(`${errcode}: ${errmsg}`)
    this.name = "WechatOauthError"
  }
}

/** What `sns/oauth2/access_token` answers (snsapi_base needs only the openid). */
export type OauthToken = {
  access_token: string
  expires_in: number
  refresh_token?: string
  openid: string
  scope: string
  is_snapshotuser?: number
  unionid?: string
}

/** The authorize page the buyer's WeChat opens (silent with snsapi_base). */
export function authorizeUrl(config: WechatOauthConfig, state: string): string {
  const query = new URLSearchParams({
    appid: config.appid,
    redirect_uri: config.redirectUrl,
    response_type: "code",
    scope: "snsapi_base",
    state,
  })
  // WeChat wants the parameters in this order and the #wechat_redirect fragment
  return `${config.authorizeBase}/connect/oauth2/authorize?${query.toString()}#wechat_redirect`
}

/**
 * Exchanges a 网页授权 `code` for the buyer's openid (server side: the
 * AppSecret never leaves the server). A code is single-use and good for 5
 * minutes; WeChat answers errors as `{ errcode, errmsg }` with HTTP 200.
 */
export async function exchangeCode(
  config: WechatOauthConfig,
  code: string,
  fetchImpl: typeof fetch = fetch
): Promise<OauthToken> {
  const query = new URLSearchParams({
    appid: config.appid,
    secret: config.appSecret,
    code,
    grant_type: "authorization_code",
  })
  const response = await fetchImpl(`${config.apiBase}/sns/oauth2/access_token?${query}`, {
    signal: AbortSignal.timeout(10_000),
  })
  const text = await response.text()
  let body: Partial<OauthToken> & { errcode?: number; errmsg?: string }
  try {
    body = JSON.parse(text)
  } catch {
    throw new WechatOauthError(-1, `HTTP ${response.status}: not JSON`)
  }
  if (body.errcode) throw new WechatOauthError(body.errcode, body.errmsg ?? "")
  if (!response.ok || typeof body.openid !== "string" || !/^[\w-]{6,128}$/.test(body.openid)) {
    throw new WechatOauthError(-1, `HTTP ${response.status}: no openid`)
  }
  return body as OauthToken
}
