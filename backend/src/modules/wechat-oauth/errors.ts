import { MedusaError } from "@medusajs/framework/utils"
import { WechatOauthError } from "./client"

/** The buyer's codes: the code was used, expired or wrong; asking again fixes it. */
const RETRY = new Set([40029, 40163, 42003, 41008])

/** WeChat's refusal as a 400 a person can act on (WeChat's code kept for the logs). */
export function wechatOauthFailure(error: unknown): MedusaError {
  if (error instanceof WechatOauthError) {
    const text = RETRY.has(error.errcode)
      ? "微信授权已失效，请返回结算页重新选择微信支付"
      : "微信授权失败，请稍后再试，或改用扫码支付"
    return new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${text}（${error.errcode}: ${error.errmsg}）`
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `微信授权暂时无法完成，请稍后再试，或改用扫码支付（${message}）`
  )
}
