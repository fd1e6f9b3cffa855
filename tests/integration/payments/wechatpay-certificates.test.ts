/**
 * WeChat Pay's platform certificates (certificate mode), with the shop's own
 * client against the stand-in started with certificates: the list downloaded
 * and decrypted with the APIv3 key, its own signature checked (a forged
 * download is refused and keeps nothing), expired certificates never used,
 * a rotated certificate trusted after one download, an unknown serial that
 * stays unknown refused without downloading more than once a minute.
 */
import { generateKeyPairSync } from "node:crypto"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { CertificateDownloadRefused } from "../../../backend/src/modules/wechatpay/certificates"
import {
  type WechatPayClient,
  type WechatPayError,
} from "../../../backend/src/modules/wechatpay/client"
import {
  NotificationRefused,
  readNotification,
} from "../../../backend/src/modules/wechatpay/notification"
import { PlatformKeys } from "../../../backend/src/modules/wechatpay/platform-keys"
import { wechatPayClientOf } from "../../fixtures/wechatpay/client"
import { startWechatPayStandIn, type WechatPayStandIn } from "../../fixtures/wechatpay"
import { scratchDir } from "../../fixtures/scratch"

let standIn: WechatPayStandIn
beforeAll(async () => {
  standIn = await startWechatPayStandIn({ certificates: true })
  standIn.autoDeliver = false
})
afterAll(() => standIn.close())

const clientOf = (configured: boolean) => wechatPayClientOf(standIn.env({ configured }))
const certificateDownloads = () =>
  standIn.requests.filter((r) => r.path === "/v3/certificates").length
const createOrder = (client: WechatPayClient, no: string) =>
  client.request<{ code_url: string }>("POST", "/v3/pay/transactions/native", {
    appid: standIn.keys.appid,
    mchid: standIn.keys.mchid,
    description: "测试",
    out_trade_no: no,
    notify_url: "https://shop.example.cn/hooks/payment/wechatpay_wechatpay",
    amount: { total: 100, currency: "CNY" },
  })
const errorOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e
  )) as WechatPayError | null
  return error && { status: error.status, code: error.code }
}
const notify = (
  client: WechatPayClient,
  no: string,
  signer?: { serial: string; privateKey: any }
) => {
  const { headers, body } = standIn.notificationOf(no, signer ? { signer } : {})
  return readNotification(client, headers, Buffer.from(body))
}

describe("WeChat Pay platform certificates", () => {
  it("without a configured key: the first answer downloads the list; the expired certificate is not kept", async () => {
    const client = clientOf(false)
    const before = certificateDownloads()
    expect(await createOrder(client, "CERT0001")).toMatchObject({ code_url: expect.any(String) })
    expect(certificateDownloads()).toBe(before + 1)
    const [expired, current] = standIn.certificates!.all
    expect(client.platformKeys.serials()).toEqual([current.serial])
    // a notification signed with the expired (still listed) certificate is refused
    await standIn.pay("CERT0001")
    await expect(notify(client, "CERT0001", expired)).rejects.toThrow(NotificationRefused)
    expect((await notify(client, "CERT0001"))?.transaction.trade_state).toBe("SUCCESS")
  })

  it("refuses a download whose signature does not verify, keeping nothing of it", async () => {
    const client = clientOf(false)
    standIn.certificates!.forgeListSignature = true
    try {
      await expect(client.platformKeys.refresh()).rejects.toThrow(CertificateDownloadRefused)
      await expect(client.platformKeys.refresh()).rejects.toThrow(/bad Wechatpay-Signature/)
      expect(client.platformKeys.serials()).toEqual([])
      expect(client.platformKeys.lastError).toMatch(/bad Wechatpay-Signature/)
      // and so nothing WeChat Pay answers is trusted
      expect(await errorOf(createOrder(client, "CERT0002"))).toEqual({
        status: 502,
        code: "SIGN_ERROR",
      })
    } finally {
      standIn.certificates!.forgeListSignature = false
    }
  })

  it("trusts a rotated certificate after one download; an unknown serial stays refused, one download a minute", async () => {
    const client = clientOf(true) // today's configuration: the current certificate's file
    await createOrder(client, "CERT0003")
    const before = certificateDownloads()
    expect(before).toBeGreaterThan(0)
    expect(client.platformKeys.downloads).toBe(0) // the configured certificate was enough

    await standIn.pay("CERT0003")
    const next = standIn.rotate()
    const notice = await notify(client, "CERT0003")
    expect(notice?.transaction).toMatchObject({ out_trade_no: "CERT0003", trade_state: "SUCCESS" })
    expect(client.platformKeys.downloads).toBe(1)
    expect(certificateDownloads()).toBe(before + 1)
    expect(client.platformKeys.serials()).toContain(next.serial)
    // answers signed with the new certificate verify without another download
    await createOrder(client, "CERT0004")
    expect(certificateDownloads()).toBe(before + 1)

    const stranger = {
      serial: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
      privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey,
    }
    for (let i = 0; i < 3; i++) {
      await expect(notify(client, "CERT0003", stranger)).rejects.toThrow(/unknown Wechatpay-Serial/)
    }
    // within the minute after the last download: no more downloads
    expect(certificateDownloads()).toBe(before + 1)
  })
})

describe("switching from platform certificates to the 微信支付公钥", () => {
  it("verifies notifications signed by either: the 公钥 as configured, a certificate after one download", async () => {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 })
    const dir = scratchDir("wechatpay-pubkey-")
    writeFileSync(join(dir, "pub_key.pem"), pair.publicKey.export({ type: "spki", format: "pem" }))
    const publicKey = {
      serial: "PUB_KEY_ID_0119000091912026120200000042",
      privateKey: pair.privateKey,
    }
    const env = standIn.env({ configured: false })
    const client = wechatPayClientOf(env, {
      publicKey: join(dir, "pub_key.pem"),
      serial: publicKey.serial,
    })
    expect(client.certificateMode).toBe(false) // nothing downloaded at start
    expect((await notify(client, "CERT0003", publicKey))?.transaction.out_trade_no).toBe("CERT0003")
    expect(client.platformKeys.downloads).toBe(0)
    // the same week, WeChat Pay signs some notifications with its platform certificate still
    expect((await notify(client, "CERT0003"))?.transaction.out_trade_no).toBe("CERT0003")
    expect(client.platformKeys.downloads).toBe(1)
  })
})

describe("PlatformKeys", () => {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey
  it("downloads on an unknown serial at most once a minute and ignores certificates out of their validity", async () => {
    let now = 1_000_000_000_000
    let published = [{ serial: "A", publicKey: key, notBefore: now - 1, notAfter: now + 100_000 }]
    const keys = new PlatformKeys(
      [],
      async () => published,
      () => now
    )
    expect(await keys.keyFor("A")).toBe(key)
    expect(keys.downloads).toBe(1)
    expect(await keys.keyFor("B")).toBeNull() // same minute: no download
    expect(keys.downloads).toBe(1)
    now += 60_000
    published = [...published, { serial: "B", publicKey: key, notBefore: now, notAfter: now + 1 }]
    expect(await keys.keyFor("B")).toBe(key)
    expect(keys.downloads).toBe(2)
    now += 100_000
    expect(keys.usable("A")).toBeNull() // expired
    expect(keys.usable("B")).toBeNull()
    // a failed download keeps what was known and answers null
    const failing = new PlatformKeys(
      [{ serial: "C", publicKey: key }],
      async () => {
        throw new Error("network")
      },
      () => now
    )
    expect(await failing.keyFor("D")).toBeNull()
    expect(failing.usable("C")).toBe(key)
  })
})
