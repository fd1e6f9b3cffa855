import {
  AbstractPaymentProvider,
  MathBN,
  MedusaError,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type * as Medusa from "@medusajs/framework/types"
import { chinaDateTime } from "../../shared/china-time"
import type { ProviderBillRow, ProviderBillSource } from "../../shared/payment-bill"
import { yuanString } from "../../shared/money"
import { fetchAlipayBill } from "./bill"
import { AlipayClient, type AlipayTrade } from "./client"
import { refundOnce } from "./refunds"
import { type AlipayOptionsInput, alipayConfig } from "./options"
import {
  type AlipayData,
  AlipaySessionInput,
  formParams,
  instantOfChinaTime,
  newOutTradeNo,
  PAID_STATES,
  readNotification,
  refundRequestNo,
  sessionOfOutTradeNo,
} from "./trade"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * 支付宝 (`pp_alipay_alipay`): 电脑网站支付 and 手机网站支付 through
 * `alipay-sdk`. A session is one trade at Alipay (its own out_trade_no) and
 * carries the signed cashier address the storefront sends the buyer to.
 * Placing the order does not need the money yet (authorized: awaiting
 * payment); the payment is captured when Alipay's signed notification arrives
 * (backend/src/api/hooks/alipay-notify.ts) or when a query finds the trade
 * paid (a lost notification): capturing always asks Alipay first, so nothing
 * unpaid is ever captured. See docs/payments.md.
 */
class AlipayProviderService
  extends AbstractPaymentProvider<AlipayOptionsInput>
  implements ProviderBillSource
{
  static identifier = "alipay"

  protected client: AlipayClient
  protected logger: { warn(message: string): void } | undefined

  static validateOptions(options: Record<string, unknown>): void {
    alipayConfig(options as AlipayOptionsInput)
  }

  constructor(cradle: Record<string, unknown>, options: AlipayOptionsInput) {
    super(cradle, options)
    this.logger = cradle.logger as { warn(message: string): void } | undefined
    this.client = new AlipayClient(alipayConfig(options))
  }

  private returnUrlOf(requested: string | undefined): string {
    const configured = this.client.config.returnUrl
    if (!requested) return configured
    if (new URL(requested).origin !== new URL(configured).origin) {
      throw invalid("返回地址必须是本商城的页面")
    }
    return requested
  }

  private newTrade(input: Medusa.InitiatePaymentInput, sessionId: string): AlipayData {
    const parsed = AlipaySessionInput.safeParse(input.data ?? {})
    if (!parsed.success) throw invalid(parsed.error.issues[0].message)
    if (input.currency_code.toLowerCase() !== "cny") throw invalid("支付宝仅支持人民币付款")
    const amount = yuanString(MathBN.convert(input.amount))
    if (!MathBN.gt(amount, 0)) throw invalid("支付金额必须大于 0")
    const outTradeNo = newOutTradeNo(sessionId)
    const expires = new Date(Date.now() + this.client.config.timeoutMinutes * 60_000)
    const channel = parsed.data.channel
    return {
      method: "alipay",
      channel,
      out_trade_no: outTradeNo,
      amount,
      currency_code: "cny",
      expires_at: expires.toISOString(),
      pay_url: this.client.payUrl(channel, {
        out_trade_no: outTradeNo,
        total_amount: amount,
        subject: "梅县消费帮扶商城订单",
        time_expire: chinaDateTime(expires),
        return_url: this.returnUrlOf(parsed.data.return_url),
      }),
    }
  }

  async initiatePayment(input: Medusa.InitiatePaymentInput): Promise<Medusa.InitiatePaymentOutput> {
    const sessionId = String(input.data?.session_id ?? "")
    if (!sessionId) throw invalid("Alipay payment session without session_id")
    const data = this.newTrade(input, sessionId)
    return { id: data.out_trade_no, data, status: PaymentSessionStatus.PENDING }
  }

  /** A changed amount or channel is a new trade; the old one is closed first. */
  async updatePayment(input: Medusa.UpdatePaymentInput): Promise<Medusa.UpdatePaymentOutput> {
    const old = input.data as Partial<AlipayData> | undefined
    const sessionId = old?.out_trade_no ? sessionOfOutTradeNo(old.out_trade_no) : null
    if (!old?.out_trade_no || !sessionId) throw invalid("Not an Alipay payment session")
    await this.settleUnpaid(old as AlipayData)
    const data = this.newTrade(
      { ...input, data: { channel: old.channel, ...input.data } } as Medusa.InitiatePaymentInput,
      sessionId
    )
    return { data, status: PaymentSessionStatus.PENDING }
  }

  /** The trade as Alipay has it now, merged into the data. */
  private async refreshed(
    data: AlipayData
  ): Promise<{ data: AlipayData; trade: AlipayTrade | null }> {
    const trade = await this.client.query(data.out_trade_no)
    if (!trade) return { data, trade }
    return {
      trade,
      data: {
        ...data,
        trade_no: trade.trade_no,
        trade_status: trade.trade_status,
        ...(PAID_STATES.has(trade.trade_status) && !data.paid_at
          ? { paid_at: instantOfChinaTime(trade.send_pay_date) }
          : {}),
      },
    }
  }

  /** Placing the order: captured when already paid, authorized (awaiting payment) while payable. */
  async authorizePayment(
    input: Medusa.AuthorizePaymentInput
  ): Promise<Medusa.AuthorizePaymentOutput> {
    const { data, trade } = await this.refreshed(input.data as AlipayData)
    if (trade && PAID_STATES.has(trade.trade_status)) {
      return { data, status: PaymentSessionStatus.CAPTURED }
    }
    if (trade?.trade_status === "TRADE_CLOSED") return { data, status: PaymentSessionStatus.ERROR }
    return { data, status: PaymentSessionStatus.AUTHORIZED }
  }

  /** Capturing asks Alipay: only a paid trade (for the whole amount) is captured. */
  async capturePayment(input: Medusa.CapturePaymentInput): Promise<Medusa.CapturePaymentOutput> {
    const { data, trade } = await this.refreshed(input.data as AlipayData)
    if (!trade || !PAID_STATES.has(trade.trade_status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "支付宝尚未收到这笔付款，暂不能确认收款")
    }
    if (yuanString(trade.total_amount) !== data.amount) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `支付宝的付款金额 ${trade.total_amount} 与应付金额 ${data.amount} 不符`
      )
    }
    return { data }
  }

  /**
   * A refund at Alipay. Its out_request_no is Medusa's refund id (the
   * idempotency key the payment module passes): Alipay takes the same
   * out_request_no again as the same refund, so a retry of one refund never
   * pays twice, and two refunds made at the same time (two of the support
   * team, the same amount) are two refunds, not one taken for a retry of the
   * other. Without a key (a direct call), a number counted from the trade's
   * recorded refunds.
   */
  async refundPayment(input: Medusa.RefundPaymentInput): Promise<Medusa.RefundPaymentOutput> {
    const data = input.data as AlipayData
    const refunds = data.refunds ?? []
    const amount = yuanString(MathBN.convert(input.amount))
    const outRequestNo = refundRequestNo(
      input.context?.idempotency_key,
      `${data.out_trade_no}_R${refunds.length + 1}`
    )
    await refundOnce(this.client, this.logger, {
      out_trade_no: data.out_trade_no,
      out_request_no: outRequestNo,
      refund_amount: amount,
    })
    const at = new Date().toISOString()
    return {
      data: { ...data, refunds: [...refunds, { out_request_no: outRequestNo, amount, at }] },
    }
  }

  /**
   * Closes an unpaid trade. A trade the buyer paid anyway (the order was being
   * cancelled, the cart changed) is refunded whole, once: its out_request_no
   * `<out_trade_no>_CANCEL` makes a second attempt the same refund at Alipay.
   */
  private async settleUnpaid(data: AlipayData): Promise<AlipayData> {
    const outcome = await this.client.close(data.out_trade_no)
    if (outcome !== "paid") return { ...data, closed_at: new Date().toISOString() }
    const outRequestNo = `${data.out_trade_no}_CANCEL`
    const refunds = data.refunds ?? []
    if (refunds.some((r) => r.out_request_no === outRequestNo)) return data
    await refundOnce(this.client, this.logger, {
      out_trade_no: data.out_trade_no,
      out_request_no: outRequestNo,
      refund_amount: data.amount,
    })
    this.logger?.warn(
      `Alipay: trade ${data.out_trade_no} was paid after its order or cart was given up; refunded ${data.amount}`
    )
    const at = new Date().toISOString()
    return {
      ...data,
      refunds: [...refunds, { out_request_no: outRequestNo, amount: data.amount, at }],
    }
  }

  async cancelPayment(input: Medusa.CancelPaymentInput): Promise<Medusa.CancelPaymentOutput> {
    return { data: await this.settleUnpaid(input.data as AlipayData) }
  }

  async deletePayment(input: Medusa.DeletePaymentInput): Promise<Medusa.DeletePaymentOutput> {
    const data = input.data as Partial<AlipayData> | undefined
    if (!data?.out_trade_no) return { data: input.data }
    return { data: await this.settleUnpaid(data as AlipayData) }
  }

  async getPaymentStatus(
    input: Medusa.GetPaymentStatusInput
  ): Promise<Medusa.GetPaymentStatusOutput> {
    const { data, trade } = await this.refreshed(input.data as AlipayData)
    if (trade && PAID_STATES.has(trade.trade_status)) {
      return { data, status: PaymentSessionStatus.CAPTURED }
    }
    if (trade?.trade_status === "TRADE_CLOSED")
      return { data, status: PaymentSessionStatus.CANCELED }
    return { data, status: PaymentSessionStatus.PENDING }
  }

  async retrievePayment(input: Medusa.RetrievePaymentInput): Promise<Medusa.RetrievePaymentOutput> {
    return { data: (await this.refreshed(input.data as AlipayData)).data }
  }

  /** Alipay's asynchronous notification, read by readNotification (trade.ts). */
  async getWebhookActionAndData(
    payload: Medusa.ProviderWebhookPayload["payload"]
  ): Promise<Medusa.WebhookActionResult> {
    return readNotification(formParams(payload.data), this.client.config.appId, (params) =>
      this.client.verifyNotification(params)
    )
  }

  /** The trade bill of one China day (alipay.data.dataservice.bill.downloadurl.query). */
  async fetchBill(billDate: string): Promise<ProviderBillRow[]> {
    return fetchAlipayBill(this.client, billDate)
  }
}

export default AlipayProviderService
