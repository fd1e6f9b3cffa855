import { MedusaError } from "@medusajs/framework/utils"
import { authorizeUrl, exchangeCode } from "./client"
import { wechatOauthFailure } from "./errors"
import { loadWechatOauthConfig, type WechatOauthConfig, type WechatOauthOptions } from "./options"
import { signState, stateProblem } from "./state"

/**
 * 微信网页授权 (snsapi_base) for JSAPI pay inside WeChat's browser: the
 * authorize address with a `state` bound to the cart, the check of that
 * state when WeChat sends the buyer back, and the exchange of the `code` for
 * the buyer's openid, server side with the 服务号's AppSecret. Registered
 * only when WECHATPAY_APP_SECRET is set (medusa-config.ts).
 */
export default class WechatOauthModuleService {
  protected readonly config_: WechatOauthConfig

  constructor(_cradle: Record<string, unknown>, options: WechatOauthOptions) {
    this.config_ = loadWechatOauthConfig(options)
  }

  /** The address WeChat's browser is sent to for `cartId`, and when its state expires (unix seconds). */
  authorizeUrlFor(cartId: string, now = Date.now()): { url: string; expires_at: number } {
    const { state, expires_at } = signState(
      this.config_.appSecret,
      cartId,
      this.config_.stateTtlSeconds,
      now
    )
    return { url: authorizeUrl(this.config_, state), expires_at }
  }

  /** Throws a 400 unless `state` was handed out for `cartId` and has not expired. */
  assertState(state: string, cartId: string, now = Date.now()): void {
    const problem = stateProblem(this.config_.appSecret, state, cartId, now)
    if (problem === "expired") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "微信授权已过期，请返回结算页重新选择微信支付"
      )
    }
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "微信授权与当前购物车不符，请返回结算页重新选择微信支付"
      )
    }
  }

  /** The buyer's openid for a 网页授权 `code` (single use); WeChat's refusals as a 400. */
  async openidFor(code: string): Promise<string> {
    try {
      return (await exchangeCode(this.config_, code)).openid
    } catch (error) {
      throw wechatOauthFailure(error)
    }
  }
}
