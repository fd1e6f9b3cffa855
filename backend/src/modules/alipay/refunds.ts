import { MedusaError } from "@medusajs/framework/utils"
import type { AlipayClient } from "./client"
import { alipayFailure, unknownOutcome } from "./errors"

/** The waits before a refund whose outcome is not known is sent again (same out_request_no). */
const REFUND_RETRY_DELAYS_MS = [1_000, 3_000]

/**
 * Asks Alipay for the refund. When its answer does not come (a timeout, a
 * signature that cannot be checked, Alipay's "system busy"), the refund may
 * have been made all the same, and Medusa drops a refund that fails: a
 * retry by the support team would send a new out_request_no and Alipay
 * would pay again. So, as Alipay asks, the refund is looked up by its number
 * (alipay.trade.fastpay.refund.query) and, while it is not found or the
 * lookup fails too, sent again with the same number and amount (which Alipay
 * makes at most once) after 1 s and 3 s. Only then is the failure reported:
 * "not made" when Alipay said so, else "not known", naming the number to
 * look up before refunding again.
 */
export async function refundOnce(
  client: AlipayClient,
  logger: { warn(message: string): void } | undefined,
  input: { out_trade_no: string; out_request_no: string; refund_amount: string }
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.refund(input)
      return
    } catch (error) {
      if (!unknownOutcome(error)) throw alipayFailure(error, "支付宝退款失败")
      // null: Alipay has no such refund; undefined: the lookup failed too
      const made = await client
        .refundQuery({ out_trade_no: input.out_trade_no, out_request_no: input.out_request_no })
        .catch(() => undefined)
      if (made) {
        logger?.warn(
          `Alipay: refund ${input.out_request_no} was made though its answer failed (${(error as Error).message})`
        )
        return
      }
      if (attempt >= REFUND_RETRY_DELAYS_MS.length) {
        if (made === null) throw alipayFailure(error, "支付宝退款失败")
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `支付宝没有答复，无法确认退款是否已完成：请先在支付宝商家平台查询退款请求号 ${input.out_request_no}，确认未退款后再重新退款`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, REFUND_RETRY_DELAYS_MS[attempt]))
    }
  }
}
