/**
 * Alipay's 证书模式 with the provider's own client (alipay-sdk underneath)
 * against the stand-in started with certificates (a small CA made for the
 * run): each request carries the app's and the root's SNs, computed as Alipay
 * documents them; answers (with alipay_cert_sn) and notifications verify with
 * the key of Alipay's public certificate; a wrong root or a request without
 * certificates is refused with Alipay's sub_codes; certificates that do not
 * fit together stop the provider at start, naming the variable.
 */
import { readFileSync } from "node:fs"
import { AlipayClient, AlipayGatewayError } from "../../../backend/src/modules/alipay/client"
import { alipayConfig, type AlipayOptionsInput } from "../../../backend/src/modules/alipay/options"
import {
  type AlipayStandIn,
  generateAlipayKeys,
  rsa2Sign,
  signContent,
  startAlipayStandIn,
} from "../../fixtures/alipay"

let standIn: AlipayStandIn
beforeAll(async () => {
  standIn = await startAlipayStandIn({ certificates: true })
  standIn.deliverNotifications = false
})
afterAll(() => standIn.close())

const optionsWith = (over: Partial<AlipayOptionsInput> = {}): AlipayOptionsInput => ({
  appId: standIn.appId,
  privateKeyPath: standIn.keys.appPrivateKeyPath,
  appCert: standIn.certs!.appCertPath,
  alipayPublicCert: standIn.certs!.alipayPublicCertPath,
  alipayRootCert: standIn.certs!.alipayRootCertPath,
  gateway: standIn.gateway,
  notifyUrl: "http://localhost:9000/hooks/payment/alipay_alipay",
  returnUrl: "http://localhost:8000/checkout/alipay-return",
  ...over,
})
const clientWith = (over: Partial<AlipayOptionsInput> = {}) =>
  new AlipayClient(alipayConfig(optionsWith(over)))
const expireIn = () =>
  new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 19).replace("T", " ")
const open = async (client: AlipayClient, no: string) => {
  const url = client.payUrl("wap", {
    out_trade_no: no,
    total_amount: "88.80",
    subject: "测试订单",
    time_expire: expireIn(),
    return_url: "http://localhost:8000/checkout/alipay-return",
  })
  return standIn.open(url)
}
const lastRequest = () => standIn.requests[standIn.requests.length - 1]
const subCodeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AlipayGatewayError ? e.subCode : String(e))
  )

describe("Alipay 证书模式", () => {
  it("sends the app's and the root's SNs with every request; answers and notifications verify with Alipay's certificate", async () => {
    const client = clientWith()
    expect((await open(client, "CERTMODE0001")).status).toBe(200)
    expect(lastRequest()).toMatchObject({ method: "alipay.trade.wap.pay", code: "10000" })
    expect(lastRequest().params).toMatchObject({
      app_cert_sn: standIn.certs!.appCertSn,
      alipay_root_cert_sn: standIn.certs!.alipayRootCertSn,
    })
    // two roots in the file, one RSA: the root SN is that one's alone
    expect(standIn.certs!.alipayRootCertSn).toMatch(/^[0-9a-f]{32}$/)

    expect(await client.query("CERTMODE0001")).toMatchObject({ trade_status: "WAIT_BUYER_PAY" })
    expect(lastRequest().params.app_cert_sn).toBe(standIn.certs!.appCertSn)
    await standIn.pay("CERTMODE0001")
    expect(await client.query("CERTMODE0001")).toMatchObject({ trade_status: "TRADE_SUCCESS" })
    await client.refund({
      out_trade_no: "CERTMODE0001",
      out_request_no: "CERTMODE0001_R1",
      refund_amount: "8.80",
    })
    expect(standIn.trades.get("CERTMODE0001")!.refunds).toHaveLength(1)

    const notification = standIn.notificationFor("CERTMODE0001")
    expect(client.verifyNotification(notification)).toBe(true)
    const forged = {
      ...notification,
      sign: rsa2Sign(
        signContent(notification, ["sign", "sign_type"]),
        generateAlipayKeys().alipayPrivateKey
      ),
    }
    expect(client.verifyNotification(forged)).toBe(false)
    expect(client.verifyNotification({ ...notification, total_amount: "0.01" })).toBe(false)
  })

  it("takes the certificates as PEM contents as well as paths", async () => {
    const client = clientWith({
      appCert: readFileSync(standIn.certs!.appCertPath, "utf8"),
      alipayPublicCert: readFileSync(standIn.certs!.alipayPublicCertPath, "utf8"),
      alipayRootCert: readFileSync(standIn.certs!.alipayRootCertPath, "utf8").replaceAll(
        "\n",
        "\\n"
      ),
    })
    expect(await client.query("CERTMODE0001")).toMatchObject({ trade_status: "TRADE_SUCCESS" })
  })

  it("is refused by Alipay with a wrong root, or without certificates (公钥模式 against a 证书模式 app)", async () => {
    const wrongRoot = clientWith({ alipayRootCert: standIn.certs!.otherRootCertPath })
    expect(await subCodeOf(wrongRoot.query("CERTMODE0001"))).toBe("isv.invalid-alipay-root-cert-sn")
    expect(lastRequest()).toMatchObject({
      code: "40002",
      sub_code: "isv.invalid-alipay-root-cert-sn",
    })
    // the cashier refuses it too: no trade opened
    expect((await open(wrongRoot, "CERTMODE0002")).status).toBe(400)
    expect(standIn.trades.has("CERTMODE0002")).toBe(false)

    const publicKeyMode = new AlipayClient(
      alipayConfig({
        ...optionsWith({
          appCert: undefined,
          alipayPublicCert: undefined,
          alipayRootCert: undefined,
        }),
        alipayPublicKeyPath: standIn.keys.alipayPublicKeyPath,
      })
    )
    expect(await subCodeOf(publicKeyMode.query("CERTMODE0001"))).toBe("isv.missing-app-cert-sn")
  })

  it("stops at start, naming the variable, when the certificates do not fit", () => {
    const other = generateAlipayKeys()
    expect(() => alipayConfig(optionsWith({ privateKeyPath: other.appPrivateKeyPath }))).toThrow(
      /ALIPAY_APP_CERT: .*ALIPAY_PRIVATE_KEY/
    )
    // Alipay's certificate checked against a root file that did not issue it
    expect(() => alipayConfig(optionsWith({ alipayRootCert: standIn.certs!.appCertPath }))).toThrow(
      /ALIPAY_PUBLIC_CERT/
    )
    expect(() => alipayConfig(optionsWith({ alipayPublicCert: undefined }))).toThrow(
      /ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT and ALIPAY_ROOT_CERT go together/
    )
    expect(() =>
      alipayConfig(optionsWith({ alipayPublicKeyPath: standIn.keys.alipayPublicKeyPath }))
    ).toThrow(/not both/)
    expect(() => alipayConfig(optionsWith({ appCert: "/no/such/file.crt" }))).toThrow(
      /ALIPAY_APP_CERT \(\/no\/such\/file\.crt\)/
    )
  })
})
