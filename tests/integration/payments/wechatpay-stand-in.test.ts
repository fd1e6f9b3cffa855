/**
 * The WeChat Pay stand-in held to the API's contract, driven by the shop's own
 * client: requests not signed by the merchant key (or with another mchid,
 * serial or an old timestamp) are SIGN_ERROR 401; bodies are validated as
 * WeChat Pay does; every answer is signed with the platform key, and the
 * client refuses an answer signed by any other key.
 */
import { generateKeyPairSync } from "node:crypto"
import { WechatPayClient, type WechatPayError } from "../../../backend/src/modules/wechatpay/client"
import { authorization } from "../../../backend/src/modules/wechatpay/crypto"
import { wechatPayClientOf } from "../../fixtures/wechatpay/client"
import { startWechatPayStandIn, type WechatPayStandIn } from "../../fixtures/wechatpay"

let standIn: WechatPayStandIn
let client: WechatPayClient
beforeAll(async () => {
  standIn = await startWechatPayStandIn()
  client = wechatPayClientOf(standIn.env())
})
afterAll(() => standIn.close())

const order = (no: string, total = 100) => ({
  appid: standIn.keys.appid,
  mchid: standIn.keys.mchid,
  description: "测试",
  out_trade_no: no,
  notify_url: "https://shop.example.cn/hooks/payment/wechatpay_wechatpay",
  amount: { total, currency: "CNY" },
})
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected WeChat Pay to refuse")
    },
    (e: WechatPayError) => ({ status: e.status, code: e.code })
  )

describe("WeChat Pay stand-in", () => {
  it("refuses requests not signed by the merchant: another key, mchid, serial, an old timestamp", async () => {
    const body = JSON.stringify(order("STANDIN0001"))
    const send = (header: string) =>
      fetch(`${standIn.url}/v3/pay/transactions/native`, {
        method: "POST",
        headers: { authorization: header, "content-type": "application/json" },
        body,
      }).then(async (r) => ({ status: r.status, body: await r.json() }))
    const base = {
      mchid: standIn.keys.mchid,
      serialNo: standIn.keys.merchantSerial,
      privateKey: client.config.privateKey,
      method: "POST",
      url: "/v3/pay/transactions/native",
      body,
    }
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey
    for (const header of [
      authorization({ ...base, privateKey: other }),
      authorization({ ...base, mchid: "1900000000" }),
      authorization({ ...base, serialNo: "0000" }),
      authorization({ ...base, timestamp: String(Math.floor(Date.now() / 1000) - 600) }),
      authorization({ ...base, body: body.replace("100", "1") }),
      "Bearer x",
    ]) {
      const answer = await send(header)
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({ code: "SIGN_ERROR", message: expect.any(String) })
    }
    expect((await send(authorization(base))).status).toBe(200)
  })

  it("validates bodies: missing fields, amount, out_trade_no, reuse with other parameters, closing a paid order", async () => {
    const create = (body: object) => client.request("POST", "/v3/pay/transactions/native", body)
    const { amount: _amount, ...noAmount } = order("STANDIN0002")
    expect(await error(create(noAmount))).toEqual({ status: 400, code: "PARAM_ERROR" })
    expect(await error(create(order("STANDIN0002", 0)))).toEqual({
      status: 400,
      code: "PARAM_ERROR",
    })
    expect(await error(create(order("x".repeat(33))))).toEqual({ status: 400, code: "PARAM_ERROR" })
    expect(await create(order("STANDIN0002"))).toMatchObject({
      code_url: expect.stringMatching(/^weixin:/),
    })
    // the same request again answers the same order; other parameters are refused
    expect(await create(order("STANDIN0002"))).toMatchObject({ code_url: expect.any(String) })
    expect(await error(create(order("STANDIN0002", 200)))).toEqual({
      status: 400,
      code: "INVALID_REQUEST",
    })
    standIn.autoDeliver = false
    await standIn.pay("STANDIN0002")
    const close = client.request("POST", "/v3/pay/transactions/out-trade-no/STANDIN0002/close", {
      mchid: standIn.keys.mchid,
    })
    expect(await error(close)).toEqual({ status: 400, code: "ORDERPAID" })
    await create(order("STANDIN0003"))
    await client.request("POST", "/v3/pay/transactions/out-trade-no/STANDIN0003/close", {
      mchid: standIn.keys.mchid,
    })
    expect(await error(create(order("STANDIN0003")))).toEqual({ status: 400, code: "ORDER_CLOSED" })
  })

  it("signs every answer: the client refuses one signed with another platform key", async () => {
    const impostor = new WechatPayClient({
      ...client.config,
      platformPublicKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey,
    })
    const query = impostor.request(
      "GET",
      `/v3/pay/transactions/out-trade-no/STANDIN0002?mchid=${standIn.keys.mchid}`
    )
    expect(await error(query)).toEqual({ status: 502, code: "SIGN_ERROR" })
    const paid = await client.request<{ trade_state: string; amount: { total: number } }>(
      "GET",
      `/v3/pay/transactions/out-trade-no/STANDIN0002?mchid=${standIn.keys.mchid}`
    )
    expect(paid).toMatchObject({ trade_state: "SUCCESS", amount: { total: 100 } })
  })
})
