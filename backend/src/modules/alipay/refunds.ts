import { MedusaError } from "@medusajs/framework/utils"
import { refundAtMostOnce } from "../../utils/provider-refunds"
import type { AlipayClient } from "./client"
import { alipayFailure, unknownOutcome } from "./errors"

/**
 * Asks Alipay for the refund, made at most once (utils/provider-refunds.ts):
 * an answer that does not come is followed by a lookup
 * (alipay.trade.fastpay.refund.query) and, while that is not known either,
 * the same refund sent again with the same out_request_no and amount.
 */
export async function refundOnce(
  client: AlipayClient,
  logger: { warn(message: string): void } | undefined,
  input: { out_trade_no: string; out_request_no: string; refund_amount: string }
): Promise<void> {
  await refundAtMostOnce({
    send: () => client.refund(input).then(() => true),
    lookup: () =>
      client
        .refundQuery({ out_trade_no: input.out_trade_no, out_request_no: input.out_request_no })
        .then((made) => (made ? true : null)),
    unknownOutcome,
    failure: (error) => alipayFailure(error, "支付宝退款失败"),
    notKnown: () =>
      new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `支付宝没有答复，无法确认退款是否已完成：请先在支付宝商家平台查询退款请求号 ${input.out_request_no}，确认未退款后再重新退款`
      ),
    madeAnyway: (error) =>
      logger?.warn(
        `Alipay: refund ${input.out_request_no} was made though its answer failed (${(error as Error).message})`
      ),
  })
}
