/**
 * The buyer hears from the shop: a registered buyer on a 390 px phone checks
 * out by 对公转账 with a mobile as the contact (the account's e-mail gets the
 * e-mails) and receives the 下单 SMS and e-mail with the order number and the
 * transfer instructions; the support team records the transfer (已到账) and
 * ships the order with a carrier and tracking number through the admin API,
 * and the buyer receives the 已发货 SMS and e-mail with both. On the way the
 * buyer asks for a 普票 at checkout (a wrong credit code refused first, no
 * order placed), which becomes the order's 发票 request once the transfer
 * has arrived. The messages are read from the SMTP server and the Tencent
 * Cloud SMS stand-in the shared shop sends through
 * (tests/setup/message-stand-ins.ts).
 */
import type { Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { addToCartOn, fillCheckoutOn, PHONE, registerBuyer, TOMATO } from "../../fixtures/checkout"
import type { ReceivedMail } from "../../fixtures/smtp"
import type { SentSms } from "../../fixtures/sms/tencent"
import { badCheckDigit, creditCode } from "../../fixtures/units"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

const SIGN = "【梅县消费帮扶商城】"
const CARRIER = "顺丰速运"
const TRACKING = `SF${String(Date.now()).slice(-10)}`

describe("the buyer receives the order's SMS and e-mails", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let page: Page
  let admin: Record<string, string>
  let adminGet: (path: string) => Promise<any>
  const email = `messages-${process.pid}@example.cn`
  const password = "meixian-buyer-2026"
  // a mobile of this file's own, so that other files' messages never match
  const mobile = `139${String(process.pid).padStart(8, "0").slice(-8)}`
  let order: { id: string; display_id: number; total: number }

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  /** The SMS the stand-in accepted for `mobile` with the shop's `template`, once there is one. */
  async function smsOf(template: string): Promise<SentSms> {
    let found: SentSms[] = []
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${shop.messages.url}/sms?phone=${mobile}&template=${template}`
          )
          found = ((await response.json()).sms as SentSms[]).filter(
            (s) => s.params[0] === String(order.display_id)
          )
          return found.length
        },
        { timeout: 30_000, message: `the ${template} SMS` }
      )
      .toBeGreaterThan(0)
    expect(found).toHaveLength(1)
    return found[0]
  }

  /** The e-mail to the buyer whose subject matches, once there is one. */
  async function mailOf(subject: RegExp): Promise<ReceivedMail> {
    let found: ReceivedMail[] = []
    await expect
      .poll(
        async () => {
          const response = await fetch(`${shop.messages.url}/mails?to=${encodeURIComponent(email)}`)
          found = ((await response.json()).mails as ReceivedMail[]).filter((m) =>
            subject.test(m.subject)
          )
          return found.length
        },
        { timeout: 30_000, message: `the e-mail ${subject}` }
      )
      .toBeGreaterThan(0)
    expect(found).toHaveLength(1)
    return found[0]
  }

  async function adminPost(path: string, body: unknown) {
    const response = await fetch(`${shop.backendUrl}${path}`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.status, `${path}: ${text}`).toBe(200)
    return JSON.parse(text)
  }

  beforeAll(async () => {
    page = session.page
    const token = await signInAdmin(shop.backendUrl)
    admin = { authorization: `Bearer ${token}` }
    adminGet = adminCall(shop.backendUrl, token)
    await registerBuyer(shop, { email, password, first_name: "陈芳" })
  })

  it("checks out by 对公转账 with a mobile and receives the 下单 SMS and e-mail with the transfer instructions", async () => {
    await page.goto(url("/account"))
    const login = page.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(email)
    await login.getByLabel("密码").fill(password)
    await login.getByRole("button", { name: "登录" }).click()
    await expectVisible(page.getByTestId("account-greeting"))

    await addToCartOn(page, shop.storefrontUrl, TOMATO.handle)
    await page.goto(url("/checkout"))
    await fillCheckoutOn(page, { phone: mobile, district: "天河区" })
    // the contact for the order's messages: the mobile (the account's e-mail gets the e-mails)
    await page.getByTestId("checkout-form").getByLabel("手机号或电子邮箱").fill(mobile)
    await page
      .getByTestId("shipping-cold_chain")
      .getByLabel(/冷链配送/)
      .check()
    await page.getByTestId("payment-bank_transfer").check()

    // 开具发票: a 普票 whose credit code has a wrong check digit is refused before any order
    const invoice = page.getByTestId("checkout-invoice")
    // 不开发票 by default, its details hidden; a 普票 shows no 专票-only field
    expect(await invoice.getByTestId("invoice-kind-none").isChecked()).toBe(true)
    expect(await invoice.getByLabel("发票抬头").isVisible()).toBe(false)
    await invoice.getByTestId("invoice-kind-normal").check()
    await expectVisible(invoice.getByLabel("发票抬头"))
    expect(await invoice.getByLabel("银行账号（专票必填）").isVisible()).toBe(false)
    await invoice.getByLabel("发票抬头").fill("陈芳")
    await invoice.getByLabel("税号（统一社会信用代码）").fill(badCheckDigit(creditCode(4321)))
    expect(await invoice.getByLabel("接收发票的电子邮箱").inputValue()).toBe(email)
    const ordersBefore = (await adminGet("/admin/orders?limit=1&fields=id")).count as number
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("error-invoice_tax_id"), 60_000)
    expect(await page.getByTestId("error-invoice_tax_id").textContent()).toContain("校验位不正确")
    expect((await adminGet("/admin/orders?limit=1&fields=id")).count).toBe(ordersBefore)
    await screenshot(page, "storefront-checkout-invoice-refused-390")
    await invoice.getByLabel("税号（统一社会信用代码）").fill(creditCode(4321))
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("order-confirmed"), 60_000)
    const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
    const reference = (await page.getByTestId("transfer-reference").textContent())!.trim()

    const { order: placed } = await adminGet(
      `/admin/orders/${orderId}?fields=id,display_id,total,email,*payment_collections.payments`
    )
    order = { id: placed.id, display_id: placed.display_id, total: Number(placed.total) }
    expect(placed.email).toBe(email)
    const transfer = placed.payment_collections[0].payments[0]
    expect(transfer.data.reference).toBe(reference)
    const amount = Number(transfer.amount).toFixed(2)

    // the SMS: the order number, the deadline, the amount and the 付款识别码
    const sms = await smsOf("order-placed-transfer")
    expect(sms.text.startsWith(`${SIGN}您的订单${order.display_id}已提交`)).toBe(true)
    expect(sms.params[2]).toBe(amount)
    expect(sms.params[3]).toBe(reference)
    expect(sms.text).toContain(reference)

    // the e-mail: the payee's account, the amount and the reference
    const mail = await mailOf(/已提交，请对公转账/)
    expect(mail.subject).toBe(`${SIGN}订单 #${order.display_id} 已提交，请对公转账`)
    expect(mail.text).toContain(`#${order.display_id}`)
    expect(mail.text).toContain(reference)
    expect(mail.text).toContain(transfer.data.payee.account_name)
    expect(mail.text).toContain(transfer.data.payee.account_number)
    expect(mail.text).toContain(
      `¥${Number(amount).toLocaleString("en-US", { minimumFractionDigits: 2 })}`
    )
    expect(mail.text).toMatch(/请于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 前对公转账/)
    await screenshot(page, "storefront-order-messages-placed-390")

    // the order page: the 发票 asked for at checkout waits for the payment
    await page.goto(url(`/account/orders/${order.id}`))
    expect(await page.getByTestId("invoice-asked").textContent()).toContain(
      "结账时已申请普票（抬头：陈芳）"
    )
  })

  it("hears 已到账 when the support team records the transfer, and 已发货 with the carrier and tracking number", async () => {
    const { order: current } = await adminGet(
      `/admin/orders/${order.id}?fields=*items,*payment_collections.payments`
    )
    const transfer = current.payment_collections[0].payments[0]
    // 确认到账: the support team records the money that arrived, which captures the payment
    await adminPost(`/admin/bank-transfer/payments/${transfer.id}/receipts`, {
      amount: Number(transfer.amount).toFixed(2),
      payer_name: "陈芳",
    })
    const paidSms = await smsOf("order-paid")
    expect(paidSms.params).toEqual([String(order.display_id), order.total.toFixed(2)])
    const paidMail = await mailOf(/已到账/)
    expect(paidMail.text).toContain(`#${order.display_id}`)

    // the support team ships it in Medusa's admin: the fulfillment with the carrier, the shipment's label
    const items = current.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
    const { order: fulfilled } = await adminPost(
      `/admin/orders/${order.id}/fulfillments?fields=id,*fulfillments`,
      { items, metadata: { carrier: CARRIER } }
    )
    const fulfillment = fulfilled.fulfillments[0]
    await adminPost(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`, {
      items,
      labels: [{ tracking_number: TRACKING, tracking_url: "#", label_url: "#" }],
    })

    const shippedSms = await smsOf("order-shipped")
    expect(shippedSms.params).toEqual([String(order.display_id), CARRIER, TRACKING])
    expect(shippedSms.text).toContain(TRACKING)
    const shippedMail = await mailOf(/已发货/)
    expect(shippedMail.text).toContain(`#${order.display_id}`)
    expect(shippedMail.text).toContain(`${CARRIER}运单号 ${TRACKING}`)

    // and the phone shows the order shipped, and the checkout's 发票 requested for what was paid
    await page.goto(url(`/account/orders/${order.id}`))
    await expectVisible(page.getByTestId("account-order-detail"))
    expect(await page.getByTestId("order-status").textContent()).toContain("已发货")
    const request = page.getByTestId("invoice-request")
    // made by the worker after the capture
    await expect
      .poll(async () => (await page.reload(), await request.count()), { timeout: 20_000 })
      .toBe(1)
    expect(await request.getAttribute("data-status")).toBe("pending")
    expect(await request.textContent()).toContain(`普票 · 陈芳 · ¥${order.total.toFixed(2)}`)
    await screenshot(page, "storefront-order-messages-shipped-390")
  })
})
