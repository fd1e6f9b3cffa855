/**
 * The shop in WeChat Pay's certificate mode (configured with today's platform
 * certificate file, downloading the list at start), against the stand-in
 * started with certificates: after WeChat Pay rotates its certificate, a
 * notification signed with the new one is trusted after one download and
 * captures once; one signed under a serial that stays unknown is refused and
 * captures nothing.
 */
import { generateKeyPairSync } from "node:crypto"
import { shopSuite } from "../../fixtures/http"
import { eventually } from "../../fixtures/orders"
import { orderOfCartIn } from "../../fixtures/stripe/checkout"
import { startWechatPayStandIn } from "../../fixtures/wechatpay"
import { wechatCartOf } from "../../fixtures/wechatpay/checkout"
import { afterWebhookDelay } from "../../fixtures/webhook-delay"

const standIn = await startWechatPayStandIn({ certificates: true })
afterAll(async () => {
  await standIn.close()
})

const LINES = [{ handle: "shejiang-simiao-rice", quantity: 1 }]
const certificateDownloads = () =>
  standIn.requests.filter((r) => r.path === "/v3/certificates" && r.status === 200).length

shopSuite({ env: standIn.env() }, ({ api, getContainer, admin, store }) => {
  beforeAll(() => {
    standIn.deliverTo = api.defaults.baseURL
    standIn.autoDeliver = false
  })

  const wechatCart = () => wechatCartOf(api, getContainer(), store, LINES)
  const orderOf = (cartId: string) => orderOfCartIn(getContainer(), cartId)
  const capturesOf = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=payment_status,*payment_collections.payments,*payment_collections.payments.captures`,
      admin
    )
    return {
      status: data.order.payment_status as string,
      captures: data.order.payment_collections[0].payments[0].captures as unknown[],
    }
  }

  it("trusts the rotated certificate after one download: the notification captures once", async () => {
    const { cartId, session, cart } = await wechatCart()
    const no = session.data.out_trade_no
    await standIn.pay(no)
    await eventually(async () => certificateDownloads() > 0, 10_000) // the download at start
    const next = standIn.rotate()
    const before = certificateDownloads()
    const notification = standIn.notificationOf(no)
    expect(notification.headers["wechatpay-serial"]).toBe(next.serial)
    for (let i = 0; i < 3; i++) expect((await standIn.deliver(no, notification)).status).toBe(200)
    expect(certificateDownloads()).toBe(before + 1)
    const orderId = await eventually(() => orderOf(cartId), 30_000)
    await afterWebhookDelay()
    const { status, captures } = await capturesOf(orderId)
    expect(status).toBe("captured")
    expect(captures).toHaveLength(1)
    expect(Number(cart.total)).toBeGreaterThan(0)
  })

  it("refuses a serial that stays unknown: nothing captured, no download storm", async () => {
    const { cartId, session } = await wechatCart()
    const no = session.data.out_trade_no
    await standIn.pay(no)
    const before = certificateDownloads()
    const stranger = {
      serial: "3C1F0D5E2B4A69788706F5E4D3C2B1A098765432",
      privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey,
    }
    for (let i = 0; i < 2; i++) {
      const refused = await standIn.deliver(no, standIn.notificationOf(no, { signer: stranger }))
      expect(refused.status).toBe(401)
      expect(JSON.parse(refused.body)).toEqual({ code: "FAIL", message: "签名验证失败" })
    }
    // at most one download for the unknown serial (none when the last was under a minute ago)
    expect(certificateDownloads() - before).toBeLessThanOrEqual(1)
    await afterWebhookDelay()
    expect(await orderOf(cartId)).toBeUndefined()
  })
})
