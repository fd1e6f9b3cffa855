/**
 * The WeChat Pay provider's pure parts: the trade bill's format, the
 * notification's decryption (any change fails) and the signature check on
 * what WeChat Pay sends (serial, age, signature), and the session input rule.
 */
import { generateKeyPairSync } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { platformCertificate } from "../fixtures/wechatpay/certificates"
import { parseTradeBill } from "../../backend/src/modules/wechatpay/bill"
import { signatureProblem } from "../../backend/src/modules/wechatpay/client"
import {
  authorization,
  decryptResource,
  encryptResource,
  parseAuthorization,
  responseMessage,
  rsaSign,
} from "../../backend/src/modules/wechatpay/crypto"
import { certificateKey } from "../../backend/src/modules/wechatpay/certificates"
import { outTradeNo, sessionIdOf } from "../../backend/src/modules/wechatpay/orders"
import { WechatPaySessionInput } from "../../backend/src/shared/wechatpay"

const BILL = [
  "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注",
  "`2026-11-30 10:01:02,`wxd678efh567hg6787,`1900009191,`0,`,`4200000001202611300000000001,`01M8SMG6AT5JBXXN3EDR6QWBEZ,`oUpF8u,`NATIVE,`SUCCESS,`OTHERS,`CNY,`128.50,`0.00,`0,`0,`0.00,`0.00,`,`,`梅县消费帮扶商城-订单,`,`0.77,`0.60%,`128.50,`0.00,`",
  "`2026-11-30 15:20:00,`wxd678efh567hg6787,`1900009191,`0,`,`4200000001202611300000000001,`01M8SMG6AT5JBXXN3EDR6QWBEZ,`oUpF8u,`NATIVE,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50300000012026113000001,`ref_01M8SN0000000000000000000,`12.34,`0.00,`ORIGINAL,`SUCCESS,`梅县消费帮扶商城-订单,`,`-0.07,`0.60%,`0.00,`12.34,`",
  "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额",
  "`2,`128.50,`12.34,`0.00,`0.70,`128.50,`12.34",
].join("\r\n")

describe("WeChat Pay", () => {
  it("reads a trade bill: payments and refunds in fen, China time, the summary left out", () => {
    expect(parseTradeBill(`\uFEFF${BILL}\r\n`)).toEqual([
      {
        provider: "wechatpay",
        kind: "payment",
        out_trade_no: "01M8SMG6AT5JBXXN3EDR6QWBEZ",
        out_refund_no: null,
        transaction_id: "4200000001202611300000000001",
        amount_fen: 12850,
        occurred_at: "2026-11-30T10:01:02+08:00",
      },
      {
        provider: "wechatpay",
        kind: "refund",
        out_trade_no: "01M8SMG6AT5JBXXN3EDR6QWBEZ",
        out_refund_no: "ref_01M8SN0000000000000000000",
        transaction_id: "50300000012026113000001",
        amount_fen: 1234,
        occurred_at: "2026-11-30T15:20:00+08:00",
      },
    ])
    expect(() => parseTradeBill(BILL.replace("`128.50,`0.00,`0,", "`12x,`0.00,`0,"))).toThrow(
      /bad amount/
    )
  })

  it("decrypts a notification's resource and refuses any change to it", () => {
    const key = "0123456789abcdef0123456789abcdef"
    const ciphertext = encryptResource(
      '{"trade_state":"SUCCESS"}',
      key,
      "transaction",
      "a1b2c3d4e5f6"
    )
    const resource = {
      algorithm: "AEAD_AES_256_GCM",
      ciphertext,
      associated_data: "transaction",
      nonce: "a1b2c3d4e5f6",
    }
    expect(decryptResource(resource, key)).toBe('{"trade_state":"SUCCESS"}')
    expect(() => decryptResource({ ...resource, associated_data: "refund" }, key)).toThrow()
    expect(() => decryptResource({ ...resource, nonce: "a1b2c3d4e5f7" }, key)).toThrow()
    const flipped = Buffer.from(ciphertext, "base64")
    flipped[0] ^= 1
    expect(() =>
      decryptResource({ ...resource, ciphertext: flipped.toString("base64") }, key)
    ).toThrow()
    expect(() => decryptResource(resource, "fedcba9876543210fedcba9876543210")).toThrow()
  })

  it("trusts a signed message only with the right serial, a recent timestamp and a valid signature", () => {
    const platform = generateKeyPairSync("rsa", { modulusLength: 2048 })
    const config = { platformSerial: "PUB_KEY_ID_1", platformPublicKey: platform.publicKey }
    const now = Date.UTC(2026, 11, 1, 12)
    const timestamp = String(now / 1000)
    const body = '{"id":"1"}'
    const signature = rsaSign(responseMessage(timestamp, "N1", body), platform.privateKey)
    const headers = { timestamp, nonce: "N1", signature, serial: "PUB_KEY_ID_1" }
    expect(signatureProblem(config, headers, body, now)).toBeNull()
    expect(signatureProblem(config, headers, '{"id":"2"}', now)).toMatch(/Signature/)
    expect(signatureProblem(config, { ...headers, serial: "PUB_KEY_ID_2" }, body, now)).toMatch(
      /Serial/
    )
    expect(signatureProblem(config, headers, body, now + 301_000)).toMatch(/5 minutes/)
    expect(signatureProblem(config, { ...headers, signature: "" }, body, now)).toMatch(/missing/)
  })

  it("signs requests in WeChat Pay's Authorization schema", () => {
    const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 })
    const header = authorization({
      mchid: "1900009191",
      serialNo: "ABC",
      privateKey: merchant.privateKey,
      method: "GET",
      url: "/v3/pay/transactions/out-trade-no/X?mchid=1900009191",
      body: "",
      timestamp: "1764590400",
      nonceStr: "NONCE",
    })
    expect(header).toMatch(
      /^WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="NONCE",signature="[^"]+",timestamp="1764590400",serial_no="ABC"$/
    )
    expect(parseAuthorization(header)).toMatchObject({ mchid: "1900009191", serial_no: "ABC" })
  })

  it("numbers attempts within 32 characters and maps them back to the session", () => {
    const session = "payses_01M8SMG6AT5JBXXN3EDR6QWBEZ"
    expect(outTradeNo(session)).toBe("01M8SMG6AT5JBXXN3EDR6QWBEZ")
    expect(outTradeNo(session, 12)).toHaveLength(29)
    expect(sessionIdOf(outTradeNo(session, 3))).toBe(session)
  })

  it("checks the checkout's session input", () => {
    expect(WechatPaySessionInput.parse({})).toEqual({ channel: "native" })
    expect(WechatPaySessionInput.safeParse({ channel: "jsapi" }).success).toBe(false)
    expect(
      WechatPaySessionInput.safeParse({ channel: "h5", client_ip: "240e:3a1::1" }).success
    ).toBe(true)
    expect(WechatPaySessionInput.safeParse({ channel: "h5", client_ip: "999.1.1.1" }).success).toBe(
      false
    )
  })
  it("takes a downloaded certificate whose serial starts with zeros, and refuses another serial", () => {
    const dir = mkdtempSync(join(tmpdir(), "wechatpay-serial-"))
    try {
      // a serial is a number: its certificate encodes 00 3F… as 3F…
      const serial = "003F1A657CAD78A977FB8676D8C2FDFCCC1D227A"
      const certificate = platformCertificate(dir, 30, undefined, serial)
      const apiV3Key = "0123456789abcdef0123456789abcdef"
      const entry = (serialNo: string) => ({
        serial_no: serialNo,
        effective_time: "2026-01-01T00:00:00+08:00",
        expire_time: "2099-01-01T00:00:00+08:00",
        encrypt_certificate: {
          algorithm: "AEAD_AES_256_GCM",
          nonce: "0123456789ab",
          associated_data: "certificate",
          ciphertext: encryptResource(certificate.pem, apiV3Key, "certificate", "0123456789ab"),
        },
      })
      expect(certificateKey(entry(serial), apiV3Key).serial).toBe(serial)
      expect(certificateKey(entry(serial.toLowerCase()), apiV3Key).serial).toBe(
        serial.toLowerCase()
      )
      expect(() => certificateKey(entry(`1${serial.slice(1)}`), apiV3Key)).toThrow(/another serial/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
