import { AlipaySdk, type AlipaySdkCommonResult } from "alipay-sdk"
import { chinaDateTime } from "../../shared/china-time"
import type { AlipayConfig } from "./options"

/** What Alipay answers a trade query with (alipay.trade.query, the fields the shop reads). */
export type AlipayTrade = {
  out_trade_no: string
  trade_no?: string
  trade_status: "WAIT_BUYER_PAY" | "TRADE_CLOSED" | "TRADE_SUCCESS" | "TRADE_FINISHED"
  total_amount: string
  buyer_logon_id?: string
  send_pay_date?: string
}

/** An answer of Alipay's gateway that is not 10000 (success), with its sub_code (e.g. ACQ.TRADE_NOT_EXIST). */
export class AlipayGatewayError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    readonly subCode: string | undefined,
    readonly subMsg: string | undefined
  ) {
    super(`Alipay ${method}: ${code} ${subCode ?? ""} ${subMsg ?? ""}`.trim())
  }
}

export type PayChannel = "page" | "wap"

/** The page/wap pay methods and their product codes (电脑网站支付, 手机网站支付). */
const PAY_METHODS: Record<PayChannel, { method: string; product_code: string }> = {
  page: { method: "alipay.trade.page.pay", product_code: "FAST_INSTANT_TRADE_PAY" },
  wap: { method: "alipay.trade.wap.pay", product_code: "QUICK_WAP_WAY" },
}

/**
 * The shop's thin layer over `alipay-sdk` (OpenAPI v2 gateway, RSA2): every
 * request signed with the app private key and stamped in China time (the SDK
 * would use the server's own time zone), every answer's signature verified
 * with Alipay's public key (公钥模式) or the key of Alipay's public
 * certificate (证书模式), non-10000 answers thrown as AlipayGatewayError.
 */
export class AlipayClient {
  readonly sdk: AlipaySdk

  constructor(readonly config: AlipayConfig) {
    this.sdk = new AlipaySdk({
      appId: config.appId,
      privateKey: config.privateKey,
      keyType: config.privateKey.includes("BEGIN PRIVATE KEY") ? "PKCS8" : "PKCS1",
      // 证书模式: the SDK sends app_cert_sn and alipay_root_cert_sn with each request
      // and verifies with the key of Alipay's public certificate (certificates.ts)
      ...(config.certs
        ? {
            appCertContent: config.certs.appCert,
            alipayPublicCertContent: config.certs.alipayPublicCert,
            alipayRootCertContent: config.certs.alipayRootCert,
          }
        : { alipayPublicKey: config.alipayPublicKey }),
      gateway: config.gateway,
      signType: "RSA2",
      camelcase: false,
      timeout: 10_000,
    })
  }

  private stamp() {
    return { timestamp: chinaDateTime(new Date()) }
  }

  /** The signed address that opens Alipay's cashier (GET), for the buyer's browser. */
  payUrl(
    channel: PayChannel,
    input: {
      out_trade_no: string
      total_amount: string
      subject: string
      time_expire: string
      return_url: string
    }
  ): string {
    const { method, product_code } = PAY_METHODS[channel]
    const { return_url, ...trade } = input
    return this.sdk.pageExecute(method, "GET", {
      ...this.stamp(),
      notify_url: this.config.notifyUrl,
      return_url,
      bizContent: {
        ...trade,
        product_code,
        ...(channel === "wap" ? { quit_url: return_url } : {}),
      },
    })
  }

  private async call(method: string, bizContent: Record<string, unknown>) {
    const result: AlipaySdkCommonResult = await this.sdk.exec(
      method,
      { ...this.stamp(), bizContent },
      { validateSign: true }
    )
    if (result.code !== "10000") {
      throw new AlipayGatewayError(method, result.code, result.sub_code, result.sub_msg)
    }
    return result
  }

  /** alipay.trade.query; null when Alipay has no such trade (the buyer never opened the cashier). */
  async query(outTradeNo: string): Promise<AlipayTrade | null> {
    try {
      return (await this.call("alipay.trade.query", {
        out_trade_no: outTradeNo,
      })) as unknown as AlipayTrade
    } catch (error) {
      if (error instanceof AlipayGatewayError && error.subCode === "ACQ.TRADE_NOT_EXIST")
        return null
      throw error
    }
  }

  /** alipay.trade.refund; the same out_request_no again is the same refund (Alipay's idempotency). */
  async refund(input: { out_trade_no: string; out_request_no: string; refund_amount: string }) {
    const result = await this.call("alipay.trade.refund", { ...input, refund_reason: "订单退款" })
    return { trade_no: String(result.trade_no ?? ""), fund_change: result.fund_change === "Y" }
  }

  /**
   * alipay.trade.fastpay.refund.query: the refund of `out_request_no` on the
   * trade if Alipay made it, null if it did not. Code 10000 only says the
   * query ran: Alipay made the refund when the answer carries its
   * refund_amount (and refund_status, when present, is REFUND_SUCCESS).
   */
  async refundQuery(input: {
    out_trade_no: string
    out_request_no: string
  }): Promise<{ out_request_no: string; refund_amount: string } | null> {
    const result = await this.call("alipay.trade.fastpay.refund.query", input)
    const amount = typeof result.refund_amount === "string" ? result.refund_amount : ""
    const status = result.refund_status
    if (!amount || (status !== undefined && status !== "REFUND_SUCCESS")) return null
    return { out_request_no: input.out_request_no, refund_amount: amount }
  }

  /**
   * alipay.trade.close of an unpaid trade: "closed" (now or already), "absent"
   * (never created at Alipay: nothing to close) or "paid" (the buyer paid first).
   */
  async close(outTradeNo: string): Promise<"closed" | "absent" | "paid"> {
    try {
      await this.call("alipay.trade.close", { out_trade_no: outTradeNo })
      return "closed"
    } catch (error) {
      if (!(error instanceof AlipayGatewayError)) throw error
      if (error.subCode === "ACQ.TRADE_NOT_EXIST") return "absent"
      if (error.subCode === "ACQ.TRADE_HAS_CLOSE") return "closed"
      if (error.subCode === "ACQ.TRADE_STATUS_ERROR" || error.subCode === "ACQ.TRADE_HAS_SUCCESS")
        return "paid"
      throw error
    }
  }

  /** alipay.data.dataservice.bill.downloadurl.query (bill_type trade) → the bill's download address (null: no bill that day). */
  async billDownloadUrl(billDate: string): Promise<string | null> {
    try {
      const result = await this.call("alipay.data.dataservice.bill.downloadurl.query", {
        bill_type: "trade",
        bill_date: billDate,
      })
      return String(result.bill_download_url)
    } catch (error) {
      // a day without any trade has no bill
      if (error instanceof AlipayGatewayError && error.subCode === "isp.bill_not_exist") return null
      throw error
    }
  }

  /** Whether an asynchronous notification carries Alipay's RSA2 signature (over the sorted parameters minus sign, sign_type). */
  verifyNotification(params: Record<string, string>): boolean {
    // checkNotifySignV2: the values as received (already form-decoded), not decoded again
    return this.sdk.checkNotifySignV2(params)
  }
}
