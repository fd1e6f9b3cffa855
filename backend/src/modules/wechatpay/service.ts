import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { fenToYuan } from "../../shared/money"
import type { ProviderBillRow, ProviderBillSource } from "../../shared/payment-bill"
import { WechatPaySessionInput } from "../../shared/wechatpay"
import type { WechatPaySessionData } from "../../types/http/wechatpay"
import { fetchTradeBill } from "./bill-download"
import { WechatPayClient } from "./client"
import { refundAtMostOnce } from "../../utils/provider-refunds"
import { unknownOutcome, wechatPayFailure } from "./errors"
import { closeOrRefund, refreshOrder, toFen } from "./lifecycle"
import { readNotification } from "./notification"
import { loadWechatPayConfig, type WechatPayOptions, WechatPayOptionsSchema } from "./options"
import { attemptOf, openOrder, outTradeNo, queryRefund, refundOrder, sessionIdOf } from "./orders"

type Data = WechatPaySessionData

/** Waits before sending a refund again with the same number when WeChat Pay's answer is lost. */

/**
 * 微信支付 (WeChat Pay API v3) as a Medusa payment provider,
 * `pp_wechatpay_wechatpay`. A session opens an order at WeChat Pay (Native QR
 * code, H5 or JSAPI); the money is taken when the payer pays, so an
 * authorized session is a captured one. Payment notifications are verified
 * and decrypted here (`getWebhookActionAndData`); the order query is the
 * fallback when one is lost (`authorizePayment`, `getPaymentStatus`).
 */
class WechatPayProviderService
  extends AbstractPaymentProvider<WechatPayOptions>
  implements ProviderBillSource
{
  static identifier = "wechatpay"

  protected client_: WechatPayClient
  protected logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    const parsed = WechatPayOptionsSchema.safeParse(options)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `WeChat Pay: ${parsed.error.issues.map((i) => i.message).join("; ")}`
      )
    }
  }

  constructor(cradle: { logger: Logger }, options: WechatPayOptions) {
    super(cradle, options)
    this.logger_ = cradle.logger
    this.client_ = new WechatPayClient(loadWechatPayConfig(options))
    // certificate mode: the platform certificates are downloaded at start (platform-keys.ts)
    if (this.client_.certificateMode) {
      this.client_.platformKeys.refresh().catch((error: Error) => {
        this.logger_.warn(`WeChat Pay platform certificates not downloaded: ${error.message}`)
      })
    }
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "cny") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "微信支付只收人民币（CNY）")
    }
    const input = WechatPaySessionInput.safeParse(data ?? {})
    if (!input.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, input.error.issues[0].message)
    }
    const sessionId = String(data?.session_id ?? "")
    if (!/^payses_\w{20,26}$/.test(sessionId)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "微信支付需要支付会话编号")
    }
    const opened = await this.open({
      ...input.data,
      session_id: sessionId,
      amount_fen: toFen(amount),
    })
    return { id: opened.out_trade_no, data: opened, status: PaymentSessionStatus.PENDING }
  }

  /** A changed amount or channel closes the attempt and opens the next one (WeChat Pay keeps an order's amount). */
  async updatePayment({ amount, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = data as unknown as Data
    if (!current?.out_trade_no || !current.session_id) {
      // without the session's own data the open order cannot be closed: a new session is needed
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "请重新选择微信支付")
    }
    const input = WechatPaySessionInput.safeParse({ channel: current.channel, ...data })
    if (!input.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, input.error.issues[0].message)
    }
    const fen = toFen(amount)
    if (fen === current.amount_fen && input.data.channel === current.channel) {
      return { data: data as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
    }
    await closeOrRefund(this.client_, this.logger_, current)
    const opened = await this.open({
      ...input.data,
      session_id: current.session_id,
      amount_fen: fen,
      attempt: attemptOf(current.out_trade_no) + 1,
    })
    return { data: opened, status: PaymentSessionStatus.PENDING }
  }

  /**
   * The cart completes only once WeChat Pay says paid (queried: the notification
   * may be lost or late). A trade already refunded (REFUND: its money was given
   * back, e.g. as a payment for a session the shop no longer had) places no order.
   */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const { status, data: updated } = await refreshOrder(
      this.client_,
      this.logger_,
      data as unknown as Data
    )
    if (updated.trade_state === "REFUND")
      return { status: PaymentSessionStatus.ERROR, data: updated }
    return { status, data: updated }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return refreshOrder(this.client_, this.logger_, data as unknown as Data)
  }

  /** Paid is captured at WeChat Pay: nothing to do. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data }
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const current = data as unknown as Data
    const fen = toFen(amount)
    const outRefundNo = String(context?.idempotency_key ?? `R${current.out_trade_no}_${Date.now()}`)
    try {
      const refund = await this.refundOnce({
        out_trade_no: current.out_trade_no,
        out_refund_no: outRefundNo.slice(0, 64),
        refund_fen: fen,
        total_fen: current.amount_fen,
        reason: "商城退款",
      })
      if (refund.status === "CLOSED" || refund.status === "ABNORMAL") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `微信支付退款未成功（${refund.status}）：请在微信支付商户平台查看该退款`
        )
      }
      const refunds = [
        ...(current.refunds ?? []),
        {
          out_refund_no: refund.out_refund_no,
          refund_id: refund.refund_id,
          amount_fen: fen,
          status: refund.status,
        },
      ]
      return { data: { ...current, refunds } }
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw wechatPayFailure(error, "微信支付退款失败")
    }
  }

  /**
   * Asks WeChat Pay for the refund, made at most once
   * (utils/provider-refunds.ts): an answer that does not come is followed by
   * a lookup by its out_refund_no and, while that is not known either, the
   * same refund sent again with the same number.
   */
  private refundOnce(input: Parameters<typeof refundOrder>[1]) {
    return refundAtMostOnce({
      send: () => refundOrder(this.client_, input),
      lookup: () => queryRefund(this.client_, input.out_refund_no),
      unknownOutcome,
      // refusals are turned into the support team's message by refundPayment
      failure: (error) => error,
      notKnown: () =>
        new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `微信支付没有答复，无法确认退款是否已完成：请先在微信支付商户平台查询退款单号 ${input.out_refund_no}，确认未退款后再重新退款`
        ),
      madeAnyway: (error) =>
        this.logger_.warn(
          `WeChat Pay: refund ${input.out_refund_no} was made though its answer failed (${(error as Error).message})`
        ),
    })
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: await closeOrRefund(this.client_, this.logger_, data as unknown as Data) }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: await closeOrRefund(this.client_, this.logger_, data as unknown as Data) }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: (await refreshOrder(this.client_, this.logger_, data as unknown as Data)).data }
  }

  /**
   * A payment notification: refused (thrown) unless signed by WeChat Pay,
   * recent and decryptable; a paid one captures the session it names.
   */
  async getWebhookActionAndData(
    payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    const notice = await readNotification(
      this.client_,
      payload.headers as Record<string, string>,
      payload.rawData
    )
    const transaction = notice?.transaction
    if (!transaction || transaction.trade_state !== "SUCCESS" || !transaction.amount?.total) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    return {
      action: PaymentActions.SUCCESSFUL,
      data: {
        session_id: sessionIdOf(transaction.out_trade_no),
        amount: fenToYuan(transaction.amount.total),
      },
    }
  }

  /** WeChat Pay's trade bill of one China day. */
  async fetchBill(billDate: string): Promise<ProviderBillRow[]> {
    return fetchTradeBill(this.client_, billDate)
  }

  private async open(input: {
    session_id: string
    amount_fen: number
    channel: Data["channel"]
    openid?: string
    client_ip?: string
    attempt?: number
  }): Promise<Data> {
    try {
      return await openOrder(this.client_, {
        ...input,
        out_trade_no: outTradeNo(input.session_id, input.attempt),
      })
    } catch (error) {
      throw wechatPayFailure(error, "微信支付下单失败")
    }
  }
}

export default WechatPayProviderService
