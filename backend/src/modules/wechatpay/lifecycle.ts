/**
 * What happens to a WeChat Pay order after it is opened: its state read back
 * (the order query), and its close, with the money given back when the payer
 * paid a session the shop no longer has.
 */
import { MathBN, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { GetPaymentStatusOutput, Logger } from "@medusajs/framework/types"
import { money } from "../../shared/money"
import type { WechatPaySessionData as Data } from "../../types/http/wechatpay"
import { type WechatPayClient, WechatPayError } from "./client"
import { wechatPayFailure } from "./errors"
import { closeOrder, queryOrder, refundOrder, type Transaction } from "./orders"

/** Integer fen of Medusa's amount (decimal yuan); anything finer than a fen is refused. */
export function toFen(amount: unknown): number {
  const yuan = money(MathBN.convert(amount as number).toString())
  const fen = yuan.shiftedBy(2)
  if (!fen.isInteger() || fen.lte(0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `微信支付金额须为大于 0 的整数分：${yuan}`
    )
  }
  return fen.toNumber()
}

/** Medusa's session status for WeChat Pay's trade state. */
export function statusOf(
  state: Transaction["trade_state"] | undefined
): GetPaymentStatusOutput["status"] {
  if (state === "SUCCESS" || state === "REFUND") return PaymentSessionStatus.CAPTURED
  if (state === "CLOSED" || state === "REVOKED") return PaymentSessionStatus.CANCELED
  if (state === "PAYERROR") return PaymentSessionStatus.ERROR
  return PaymentSessionStatus.PENDING
}

/** The order's state at WeChat Pay, kept in the data. A paid amount other than asked is an error. */
export async function refreshOrder(
  client: WechatPayClient,
  logger: Logger,
  data: Data
): Promise<GetPaymentStatusOutput & { data: Record<string, unknown> }> {
  if (!data?.out_trade_no) return { status: PaymentSessionStatus.ERROR, data: data ?? {} }
  let transaction: Transaction
  try {
    transaction = await queryOrder(client, data.out_trade_no)
  } catch (error) {
    throw wechatPayFailure(error, "查询微信支付订单失败")
  }
  const updated: Data = {
    ...data,
    trade_state: transaction.trade_state,
    ...(transaction.transaction_id ? { transaction_id: transaction.transaction_id } : {}),
    ...(transaction.success_time ? { success_time: transaction.success_time } : {}),
  }
  const status = statusOf(transaction.trade_state)
  if (status === PaymentSessionStatus.CAPTURED && transaction.amount?.total !== data.amount_fen) {
    logger.error(
      `WeChat Pay: ${data.out_trade_no} paid ${transaction.amount?.total} fen, ${data.amount_fen} asked`
    )
    return { status: PaymentSessionStatus.ERROR, data: updated }
  }
  return { status, data: updated }
}

/**
 * Closes the order at WeChat Pay so it can no longer be paid. When the payer
 * paid just before (ORDERPAID), the money belongs to no order: it goes back
 * to the payer at once, in full.
 */
export async function closeOrRefund(
  client: WechatPayClient,
  logger: Logger,
  data: Data
): Promise<Record<string, unknown>> {
  if (!data?.out_trade_no || data.closed_at) return (data ?? {}) as Record<string, unknown>
  try {
    await closeOrder(client, data.out_trade_no)
  } catch (error) {
    const code = error instanceof WechatPayError ? error.code : null
    if (code === "ORDERPAID") return refundOrphan(client, logger, data)
    if (code !== "ORDER_CLOSED" && code !== "ORDER_NOT_EXIST" && code !== "RESOURCE_NOT_EXISTS") {
      throw wechatPayFailure(error, "关闭微信支付订单失败")
    }
  }
  return { ...data, trade_state: "CLOSED", closed_at: new Date().toISOString() }
}

async function refundOrphan(
  client: WechatPayClient,
  logger: Logger,
  data: Data
): Promise<Record<string, unknown>> {
  const refund = await refundOrder(client, {
    out_trade_no: data.out_trade_no,
    out_refund_no: `C${data.out_trade_no}`,
    refund_fen: data.amount_fen,
    total_fen: data.amount_fen,
    reason: "订单已取消或已更改，原路退回",
  }).catch((error: unknown) => {
    throw wechatPayFailure(error, "订单已在微信支付付款，自动退款失败")
  })
  logger.warn(
    `WeChat Pay: ${data.out_trade_no} was paid after its session closed; refunded in full (${refund.out_refund_no})`
  )
  const refunds = [
    ...(data.refunds ?? []),
    {
      out_refund_no: refund.out_refund_no,
      refund_id: refund.refund_id,
      amount_fen: data.amount_fen,
      status: refund.status,
    },
  ]
  return { ...data, trade_state: "REFUND", refunds, closed_at: new Date().toISOString() }
}
