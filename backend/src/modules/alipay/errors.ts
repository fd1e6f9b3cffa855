import { MedusaError } from "@medusajs/framework/utils"
import { AlipayGatewayError } from "./client"

/** What the support team reads for Alipay's sub_codes of a refund. */
const MESSAGES: Record<string, string> = {
  "ACQ.SELLER_BALANCE_NOT_ENOUGH": "支付宝账户可用余额不足，退款未能发起：请充值后再试",
  "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL": "退款金额超过了该交易可退的金额",
  "ACQ.TRADE_STATUS_ERROR": "该支付宝交易的状态不能退款",
  "ACQ.TRADE_HAS_FINISHED": "该支付宝交易已完结，不能再退款",
  "ACQ.TRADE_NOT_EXIST": "支付宝找不到该交易",
  "ACQ.DISCORDANT_REPEAT_REQUEST": "同一退款请求号的退款金额与之前不一致",
  "ACQ.REASON_TRADE_BEEN_FREEZEN": "该支付宝交易已被冻结，暂不能退款",
  "ACQ.NOT_ALLOW_PARTIAL_REFUND": "该支付宝交易不支持部分退款",
  "ACQ.SYSTEM_ERROR": "支付宝系统繁忙，请稍后再试",
  "isp.unknow-error": "支付宝系统繁忙，请稍后再试",
  "isv.invalid-signature": "支付宝签名校验失败，请检查应用私钥配置",
  "isv.invalid-app-id": "支付宝应用 ID 无效，请检查配置",
  "isv.insufficient-isv-permissions": "支付宝应用没有该接口的权限",
}

/** Alipay's "system busy": code 20000, or sub_code ACQ.SYSTEM_ERROR. */
const busy = (error: AlipayGatewayError) =>
  error.code === "20000" || error.subCode === "ACQ.SYSTEM_ERROR"

/** A Medusa error a person can act on, with Alipay's codes kept for the logs. */
export function alipayFailure(error: unknown, doing: string): MedusaError {
  if (error instanceof AlipayGatewayError) {
    const text = (error.subCode && MESSAGES[error.subCode]) ?? "支付宝拒绝了该请求"
    const type = busy(error) ? MedusaError.Types.UNEXPECTED_STATE : MedusaError.Types.NOT_ALLOWED
    return new MedusaError(type, `${doing}：${text}（${error.message}）`)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `${doing}：支付宝无法访问（${message}）`
  )
}

/**
 * An error after which Alipay may have done what was asked all the same: no
 * answer (a timeout, a refused connection), an answer whose signature could
 * not be checked, or Alipay's own "system busy" (code 20000, or sub_code
 * ACQ.SYSTEM_ERROR), for which Alipay says to call again with the same
 * parameters.
 */
export function unknownOutcome(error: unknown): boolean {
  return !(error instanceof AlipayGatewayError) || busy(error)
}
