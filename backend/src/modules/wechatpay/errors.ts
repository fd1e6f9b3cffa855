import { MedusaError } from "@medusajs/framework/utils"
import { WechatPayError } from "./client"

/** What the support team or the buyer reads for WeChat Pay's error codes. */
const MESSAGES: Record<string, string> = {
  NOT_ENOUGH: "微信支付商户号可用余额不足，退款未能发起：请充值后再试",
  ORDERPAID: "该订单已在微信支付完成付款",
  ORDER_CLOSED: "该微信支付订单已关闭",
  ORDER_NOT_EXIST: "微信支付找不到该订单",
  RESOURCE_NOT_EXISTS: "微信支付找不到该订单",
  FREQUENCY_LIMITED: "微信支付请求过于频繁，请稍后再试",
  SYSTEM_ERROR: "微信支付暂时不可用，请稍后再试",
  SIGN_ERROR: "微信支付签名校验失败，请检查商户证书与密钥配置",
  MCH_NOT_EXISTS: "微信支付商户号不存在，请检查配置",
  APPID_MCHID_NOT_MATCH: "微信支付 AppID 与商户号不匹配，请检查配置",
  NO_AUTH: "商户号没有开通该支付方式或接口权限",
  PARAM_ERROR: "微信支付请求参数有误",
  INVALID_REQUEST: "微信支付拒绝了该请求",
  USER_ACCOUNT_ABNORMAL: "付款人微信账户异常，无法原路退款",
}

/** A Medusa error a person can act on, with WeChat Pay's code and message kept for the logs. */
export function wechatPayFailure(error: unknown, doing: string): MedusaError {
  if (error instanceof WechatPayError) {
    const text = MESSAGES[error.code] ?? "微信支付处理失败"
    const type =
      error.status >= 500 || error.code === "SIGN_ERROR"
        ? MedusaError.Types.UNEXPECTED_STATE
        : MedusaError.Types.NOT_ALLOWED
    return new MedusaError(type, `${doing}：${text}（${error.code}: ${error.message}）`)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `${doing}：微信支付无法访问（${message}）`
  )
}

/** An error after which WeChat Pay may have made the request all the same. */
export function unknownOutcome(error: unknown): boolean {
  return (
    !(error instanceof WechatPayError) ||
    error.status >= 500 ||
    error.code === "SYSTEM_ERROR" ||
    error.code === "SIGN_ERROR"
  )
}
