/**
 * The Alipay stand-in (tests/fixtures/alipay) held to Alipay's documented
 * behaviour, driven by the provider's own client (`alipay-sdk` underneath):
 * request and answer signatures, the asynchronous notification's signature,
 * sub_codes of query, refund and close, and the trade bill's zip of GBK CSVs
 * read back by the provider's fetchBill.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { AlipayClient, AlipayGatewayError } from "../../../backend/src/modules/alipay/client"
import { fetchAlipayBill, parseAlipayTradeBill } from "../../../backend/src/modules/alipay/bill"
import { alipayConfig } from "../../../backend/src/modules/alipay/options"
import { chinaToday } from "../../../backend/src/shared/china-time"
import { type AlipayStandIn, generateAlipayKeys, startAlipayStandIn } from "../../fixtures/alipay"
import { scratchDir } from "../../fixtures/scratch"

let standIn: AlipayStandIn
let hook: http.Server
let notifyUrl = ""
const received: Record<string, string>[] = []

const clientWith = (
  over: { privateKey?: string; alipayPublicKey?: string; appId?: string } = {}
) => {
  const dir = scratchDir("alipay-client-")
  const privateKeyPath = join(dir, "app-private-key.pem")
  const publicKeyPath = join(dir, "alipay-public-key.pem")
  writeFileSync(privateKeyPath, over.privateKey ?? standIn.keys.appPrivateKey)
  writeFileSync(publicKeyPath, over.alipayPublicKey ?? standIn.keys.alipayPublicKey)
  return new AlipayClient(
    alipayConfig({
      appId: over.appId ?? standIn.appId,
      privateKeyPath,
      alipayPublicKeyPath: publicKeyPath,
      gateway: standIn.gateway,
      notifyUrl,
      returnUrl: "http://localhost:8000/checkout/alipay-return",
    })
  )
}

const expireIn = () =>
  new Date(Date.now() + 8 * 3600_000 + 3600_000).toISOString().slice(0, 19).replace("T", " ")

async function newPaidTrade(client: AlipayClient, no: string, amount: string) {
  const url = client.payUrl("page", {
    out_trade_no: no,
    total_amount: amount,
    subject: "测试订单",
    time_expire: expireIn(),
    return_url: "http://localhost:8000/checkout/alipay-return",
  })
  expect((await standIn.open(url)).status).toBe(200)
  return standIn.pay(no)
}

beforeAll(async () => {
  standIn = await startAlipayStandIn()
  hook = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      received.push(Object.fromEntries(new URLSearchParams(body)))
      res.end("success")
    })
  })
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r))
  notifyUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/notify`
})

afterAll(async () => {
  await standIn.close()
  await new Promise((r) => hook.close(r))
})

describe("Alipay stand-in", () => {
  it("opens the cashier for a signed page pay, then redirects and notifies with Alipay's signatures", async () => {
    const client = clientWith()
    const location = (await newPaidTrade(client, "payses_T1_AAAAAA", "12.30")).location!
    const opened = standIn.requests.find((r) => r.biz.out_trade_no === "payses_T1_AAAAAA")!
    expect(opened.method).toBe("alipay.trade.page.pay")
    expect(opened.params).toMatchObject({
      app_id: standIn.appId,
      charset: "utf-8",
      sign_type: "RSA2",
      version: "1.0",
      notify_url: notifyUrl,
    })
    expect(opened.biz).toMatchObject({
      total_amount: "12.30",
      product_code: "FAST_INSTANT_TRADE_PAY",
    })
    // the timestamp is China time whatever the server's zone
    expect(
      Math.abs(
        new Date(`${opened.params.timestamp.replace(" ", "T")}+08:00`).getTime() - Date.now()
      )
    ).toBeLessThan(60_000)

    expect(location).toMatch(/^http:\/\/localhost:8000\/checkout\/alipay-return\?/)
    const notice = received.find((n) => n.out_trade_no === "payses_T1_AAAAAA")!
    expect(notice).toMatchObject({
      trade_status: "TRADE_SUCCESS",
      total_amount: "12.30",
      app_id: standIn.appId,
    })
    expect(client.verifyNotification(notice)).toBe(true)
    expect(client.verifyNotification({ ...notice, total_amount: "0.01" })).toBe(false)
    const other = generateAlipayKeys()
    expect(clientWith({ alipayPublicKey: other.alipayPublicKey }).verifyNotification(notice)).toBe(
      false
    )

    expect(await client.query("payses_T1_AAAAAA")).toMatchObject({
      trade_status: "TRADE_SUCCESS",
      total_amount: "12.30",
    })
  })

  it("refuses a request signed with another key (40002 isv.invalid-signature), and the client refuses an answer signed by another", async () => {
    const forged = clientWith({ privateKey: generateAlipayKeys().appPrivateKey })
    const error = await forged.query("payses_T1_AAAAAA").catch((e) => e)
    expect(error).toBeInstanceOf(AlipayGatewayError)
    expect(error).toMatchObject({ code: "40002", subCode: "isv.invalid-signature" })
    const wrongApp = await clientWith({ appId: "2021000000009999" })
      .query("x")
      .catch((e) => e)
    expect(wrongApp).toMatchObject({ code: "40002", subCode: "isv.invalid-app-id" })
    const trusting = clientWith({ alipayPublicKey: generateAlipayKeys().alipayPublicKey })
    await expect(trusting.query("payses_T1_AAAAAA")).rejects.toThrow(/验签失败/)
  })

  it("answers query, close and refund with Alipay's sub_codes", async () => {
    const client = clientWith()
    expect(await client.query("payses_NONE_AAAAAA")).toBeNull()
    expect(await client.close("payses_NONE_AAAAAA")).toBe("absent")

    const url = client.payUrl("wap", {
      out_trade_no: "payses_T2_AAAAAA",
      total_amount: "8.00",
      subject: "测试",
      time_expire: expireIn(),
      return_url: "http://localhost:8000/r",
    })
    await standIn.open(url)
    expect(standIn.trades.get("payses_T2_AAAAAA")!.channel).toBe("wap")
    expect(await client.close("payses_T2_AAAAAA")).toBe("closed")
    expect(await client.close("payses_T2_AAAAAA")).toBe("closed") // ACQ.TRADE_HAS_CLOSE
    expect(standIn.requests.at(-1)!.sub_code).toBe("ACQ.TRADE_HAS_CLOSE")
    await expect(
      client.refund({
        out_trade_no: "payses_T2_AAAAAA",
        out_request_no: "r1",
        refund_amount: "1.00",
      })
    ).rejects.toMatchObject({ subCode: "ACQ.TRADE_STATUS_ERROR" })

    expect(await client.close("payses_T1_AAAAAA")).toBe("paid") // ACQ.TRADE_HAS_SUCCESS
    const refund = {
      out_trade_no: "payses_T1_AAAAAA",
      out_request_no: "payses_T1_AAAAAA_R1",
      refund_amount: "2.30",
    }
    expect(await client.refund(refund)).toMatchObject({ fund_change: true })
    expect(await client.refund(refund)).toMatchObject({ fund_change: false }) // the same request again
    await expect(
      client.refund({ ...refund, out_request_no: "R2", refund_amount: "10.01" })
    ).rejects.toMatchObject({ subCode: "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" })
    await expect(
      client.refund({ ...refund, out_request_no: "R3", refund_amount: "1.001" })
    ).rejects.toMatchObject({ code: "40002" })
    const missing = await client.sdk.exec(
      "alipay.trade.refund",
      {
        timestamp: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " "),
        bizContent: { out_trade_no: "payses_T1_AAAAAA" },
      },
      { validateSign: true }
    )
    expect(missing).toMatchObject({ code: "40001", sub_code: "isv.missing-refund-amount" })

    // the refund query: the refund made, with its amount; one never made, 10000 without refund fields
    const byNumber = (out_request_no: string) =>
      client.refundQuery({ out_trade_no: "payses_T1_AAAAAA", out_request_no })
    expect(await byNumber("payses_T1_AAAAAA_R1")).toEqual({
      out_request_no: "payses_T1_AAAAAA_R1",
      refund_amount: "2.30",
    })
    expect(await byNumber("R2")).toBeNull()
    expect(standIn.requests.at(-1)).toMatchObject({
      method: "alipay.trade.fastpay.refund.query",
      code: "10000",
    })
    await expect(
      client.refundQuery({ out_trade_no: "payses_NONE_AAAAAA", out_request_no: "R1" })
    ).rejects.toMatchObject({ subCode: "ACQ.TRADE_NOT_EXIST" })
    // lost answers (a retry of R1 here, so that the bill below keeps its rows): answered
    // ACQ.SYSTEM_ERROR though made; a lookup answered 20000
    standIn.faults.lostRefundAnswers = 1
    await expect(client.refund(refund)).rejects.toMatchObject({
      code: "40004",
      subCode: "ACQ.SYSTEM_ERROR",
    })
    standIn.faults.failedRefundQueries = 1
    await expect(byNumber(refund.out_request_no)).rejects.toMatchObject({
      code: "20000",
      subCode: "isp.unknow-error",
    })
    expect(await byNumber(refund.out_request_no)).toMatchObject({ refund_amount: "2.30" })
  })

  it("serves the trade bill, read back by fetchBill: payments and refunds in fen", async () => {
    const client = clientWith()
    await newPaidTrade(client, "payses_T3_AAAAAA", "99.99")
    const rows = await fetchAlipayBill(client, chinaToday())
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          provider: "alipay",
          kind: "payment",
          out_trade_no: "payses_T1_AAAAAA",
          amount_fen: 1230,
          out_refund_no: null,
        }),
        expect.objectContaining({
          kind: "payment",
          out_trade_no: "payses_T3_AAAAAA",
          amount_fen: 9999,
        }),
        expect.objectContaining({
          kind: "refund",
          out_trade_no: "payses_T1_AAAAAA",
          out_refund_no: "payses_T1_AAAAAA_R1",
          amount_fen: 230,
        }),
      ])
    )
    expect(rows).toHaveLength(3)
    expect(rows[0].transaction_id).toBe(standIn.trades.get("payses_T1_AAAAAA")!.trade_no)
    expect(rows[0].occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(parseAlipayTradeBill("#只有注释\n")).toEqual([])
  })
})
