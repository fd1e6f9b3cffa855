/**
 * A unit's quote (询价) from cart to 专票, on a phone (issue 13): the unit's
 * 采购员 fills a cart over the quote threshold, is told at checkout that the
 * order needs approval, and asks for a quote from the cart with a message;
 * the support team lowers a line's price, sets shipping and terms and sends
 * it (admin API); the 采购员 reads 已报价 with both prices and the plain
 * China-time date it is valid until, and accepts: the unit's approval policy
 * holds it (已提交审批); the 审批人 approves in the unit area; the order is
 * placed at the quoted price, once, with its 对公转账 details; the money
 * arrives; the unit's 财务 requests a 专票 of it from the quote's page, the
 * support team issues it and 财务 reads 已开票.
 */
import type { BrowserContext, Page } from "playwright-core"
import { fenToYuan, formatYuan, parseFen } from "../../../backend/src/shared/money"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { chinaDateText } from "../../../storefront/lib/quotes/view"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { fillCheckoutOn, registerBuyer } from "../../fixtures/checkout"
import { chinaToday } from "../../fixtures/remittances"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const FIRST17 = "11441403MB0000056"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const UNIT_NAME = "梅县区询价测试机关"
const RICE_10 = { handle: "shejiang-simiao-rice", title: "畲江丝苗米", sku: "SJ-RICE-SIMIAO-10J" }
const BAGS = 60
type Account = { email: string; password: string; first_name: string }

describe("a unit's quote: requested from the cart, priced, approved, placed and invoiced", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-quotes-" })
  let page: Page
  let others: BrowserContext
  let admin: (path: string, body?: unknown) => Promise<any>
  const account = (who: string, first_name: string): Account => ({
    email: `quote-${who}-${process.pid}@example.cn`,
    password: "meixian-quote-2026",
    first_name,
  })
  const clerk = account("buyer", "陈静")
  const head = account("admin", "黄主任")
  const approver = account("approver", "王科长")
  const finance = account("finance", "刘会计")
  let quote: { id: string; display_id: string; lineId: string; quoted: string; total: string }
  let validUntil: string

  const url = (p: string) => `${shop.storefrontUrl}${p}`
  const signIn = async (on: Page, who: Account, path: string) => {
    await on.goto(url(`/account?next=${encodeURIComponent(path)}`))
    const login = on.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(who.email)
    await login.getByLabel("密码").fill(who.password)
    await login.getByRole("button", { name: "登录" }).click()
    await on.waitForURL(url(path))
  }
  /** POST of JSON to the backend; throws on an error status. */
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${shop.backendUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  /** A store POST as a member, with the bearer of its sign-in. */
  const storePost = async (who: Account, path: string, body: unknown) => {
    const { email, password } = who
    const { token } = await post("/auth/customer/emailpass", { email, password })
    const key = shop.publishableKey
    return post(path, body, { "x-publishable-api-key": key, authorization: `Bearer ${token}` })
  }

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    // enough rice for the canteen
    const { inventory_items } = await admin(
      `/admin/inventory-items?sku=${RICE_10.sku}&fields=id,*location_levels`
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      { stocked_quantity: level.reserved_quantity + 5000 }
    )
    // a verified unit with its 管理员, 采购员, 审批人 and 财务
    for (const who of [clerk, head, approver, finance]) await registerBuyer(shop, who)
    const { unit } = await admin("/admin/units", {
      name: UNIT_NAME,
      kind: "public_institution",
      credit_code: CREDIT_CODE,
      headcount: 300,
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    const roles: [Account, string][] = [
      [head, "admin"],
      [clerk, "buyer"],
      [approver, "approver"],
      [finance, "finance"],
    ]
    for (const [who, role] of roles) {
      await admin(`/admin/units/${unit.id}/members`, { email: who.email, role })
    }
    // the 管理员: the unit's 专票 details, and every order over ¥100 needs approval
    await storePost(head, "/store/units/me", {
      invoice: {
        type: "special",
        title: UNIT_NAME,
        tax_id: CREDIT_CODE,
        registered_address: "梅州市梅县区新城办事处华侨城 1 号",
        registered_phone: "0753-2188888",
        bank_name: "中国农业银行梅县支行",
        bank_account: "44250101040012345",
      },
    })
    await storePost(head, "/store/units/me/approval-policy", { order_over: "100" })
    others = await session.browser.newContext(MOBILE)
  }, 600_000)

  afterAll(async () => {
    await others?.close()
  })

  it("the 采购员 fills a cart over the threshold and asks for a quote with a message", async () => {
    await signIn(page, clerk, "/cart")
    await page.goto(url(`/products/${RICE_10.handle}`))
    await page.locator("label", { hasText: "10斤/袋" }).first().click()
    await page.getByTestId("add-to-cart").click()
    await expectVisible(page.getByTestId("add-to-cart-ok"))
    await page.goto(url("/cart"))
    const line = page.getByTestId("cart-line").filter({ hasText: RICE_10.title })
    await line.getByRole("spinbutton").fill(String(BAGS))
    await line.getByRole("button", { name: "更新" }).click()
    await page.waitForFunction(
      (bags) => document.querySelector('[data-testid="cart-count"]')?.textContent === bags,
      String(BAGS)
    )
    // over the threshold, but no address yet: the cart says where to give it
    await expectVisible(page.getByTestId("cart-quote-no-address"))

    // checkout: the order itself is held by the unit's approval policy
    await page.goto(url("/checkout"))
    await fillCheckoutOn(page, { phone: "13800138000", district: "天河区" })
    await page
      .getByTestId("shipping-ambient")
      .locator("label", { hasText: "物流专线" })
      .locator("input")
      .check()
    await page.getByTestId("payment-bank_transfer").check()
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("checkout-error"), 60_000)
    expect(await page.getByTestId("checkout-error").innerText()).toContain("审批")

    // back in the cart: 申请询价
    await page.goto(url("/cart"))
    const form = page.getByTestId("quote-request-form")
    await expectVisible(form)
    await form.getByLabel("询价说明（选填，如交货时间、开票要求）").fill("食堂元旦用米，请报整车价")
    await screenshot(page, "quotes-request-390")
    await form.getByTestId("quote-request").click()
    await page.waitForURL(/\/unit\/quotes\/[^/]+$/, { timeout: 60_000 })
    const detail = page.getByTestId("quote-detail")
    expect(await detail.getByTestId("quote-status").innerText()).toBe("待报价")
    expect(await detail.getByTestId("quote-message").innerText()).toBe("食堂元旦用米，请报整车价")
    expect(await page.getByTestId("quote-accept").count()).toBe(0)
    expect(await page.getByTestId("quote-line").count()).toBe(1)
  })

  it("the support team lowers the price and sends it; the 采购员 reads both prices and accepts", async () => {
    const id = page.url().split("/").pop()!
    const { quote: asked } = await admin(`/admin/quotes/${id}`)
    expect(asked.unit_name).toBe(UNIT_NAME)
    expect(asked.message).toBe("食堂元旦用米，请报整车价")
    const [riceLine] = asked.lines
    expect(riceLine.quantity).toBe(BAGS)
    // ¥3 off a bag, ¥200 of freight, valid for a week
    const quotedFen = parseFen(riceLine.list_price)! - BigInt(300)
    const quoted = fenToYuan(quotedFen)
    validUntil = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    await admin(`/admin/quotes/${id}`, {
      lines: [{ id: riceLine.id, quoted_price: quoted }],
      shipping: "200.00",
      valid_until: validUntil,
      delivery_from: "2026-12-28",
      delivery_to: "2026-12-30",
      terms: "整车送货到食堂，款到发货",
    })
    const { quote: sent } = await admin(`/admin/quotes/${id}/send`, {})
    expect(sent.status).toBe("quoted")
    const total = fenToYuan(quotedFen * BigInt(BAGS) + BigInt(20000))
    expect(sent.total).toBe(total)
    quote = { id, display_id: sent.display_id, lineId: riceLine.id, quoted, total }

    await page.goto(url("/unit/quotes"))
    const row = page.locator(`[data-testid="quote-row"][data-id="${id}"]`)
    expect(await row.getByTestId("quote-status").innerText()).toBe("已报价")
    expect(await row.innerText()).toContain(sent.display_id)
    await row.getByRole("link", { name: sent.display_id }).click()
    await page.waitForURL(url(`/unit/quotes/${id}`))
    const line = page.getByTestId("quote-line")
    expect(await line.getByTestId("quote-line-list").innerText()).toBe(
      formatYuan(riceLine.list_price)
    )
    expect(await line.getByTestId("quote-line-quoted").innerText()).toBe(formatYuan(quoted))
    expect(await page.getByTestId("quote-shipping").innerText()).toBe("¥200.00")
    expect(await page.getByTestId("quote-total").innerText()).toBe(formatYuan(total))
    expect(await page.getByTestId("quote-valid-until").innerText()).toBe(chinaDateText(validUntil))
    expect(await page.getByTestId("quote-delivery").innerText()).toBe(
      "2026年12月28日 至 2026年12月30日"
    )
    expect(await page.getByTestId("quote-terms-text").innerText()).toBe("整车送货到食堂，款到发货")
    await screenshot(page, "quotes-quoted-390")

    await page.getByTestId("quote-accept").click()
    const held = page.getByTestId("quote-approval")
    await expectVisible(held, 60_000)
    expect(await held.innerText()).toContain("已提交审批")
    expect(await page.getByTestId("quote-accept").count()).toBe(0)
    await screenshot(page, "quotes-approval-390")
  })

  it("the 审批人 approves; the order is placed once at the quoted price, with its 对公转账 details", async () => {
    const desk = await others.newPage()
    await signIn(desk, approver, "/unit/approvals")
    const pending = desk.locator('[data-testid="approval-item"][data-status="pending"]')
    await expectVisible(pending)
    expect(await pending.innerText()).toContain(RICE_10.title)
    await pending.getByTestId("approval-approve").click()
    await expectVisible(desk.locator('[data-testid="approval-item"][data-status="placed"]'), 60_000)
    await desk.close()

    await page.reload()
    const placed = page.getByTestId("quote-placed")
    await expectVisible(placed)
    expect(await placed.innerText()).toContain("订单已生成")
    expect(await page.getByTestId("quote-detail").getByTestId("quote-status").innerText()).toBe(
      "已接受"
    )
    const { quote: accepted } = await admin(`/admin/quotes/${quote.id}`)
    const orderId = accepted.order_id as string
    expect(orderId).toBeTruthy()
    const { order } = await admin(`/admin/orders/${orderId}?fields=id,total,*items`)
    expect(order.items).toHaveLength(1)
    expect(fenToYuan(parseFen(String(order.items[0].unit_price))!)).toBe(quote.quoted)
    expect(fenToYuan(parseFen(String(order.total))!)).toBe(quote.total)

    const transfer = page.getByTestId("bank-transfer")
    await expectVisible(transfer)
    expect(await transfer.innerText()).toContain(formatYuan(quote.total))
    expect(await page.getByTestId("transfer-reference").innerText()).toMatch(/\S+/)
    expect(await page.getByTestId("quote-order-link").getAttribute("href")).toBe(
      `/account/orders/${orderId}`
    )
    await screenshot(page, "quotes-placed-390")

    // the money arrives (确认到账 by the support team)
    const { payments } = await admin(`/admin/bank-transfer/payments?order_id=${orderId}`)
    await admin(`/admin/bank-transfer/payments/${payments[0].id}/receipts`, {
      amount: payments[0].outstanding_amount,
      payer_name: UNIT_NAME,
      received_on: chinaToday(),
    })
  })

  it("财务 requests a 专票 of the order from the quote's page; the support team issues it", async () => {
    // the other phone changes hands: the 审批人 was signed in on it
    await others.clearCookies()
    const desk = await others.newPage()
    await signIn(desk, finance, `/unit/quotes/${quote.id}`)
    const invoices = desk.getByTestId("invoices")
    await expectVisible(invoices)
    expect(await desk.getByTestId("invoice-available").innerText()).toContain(
      formatYuan(quote.total)
    )
    const form = desk.getByTestId("invoice-request-form")
    expect(await form.locator('select[name="kind"]').inputValue()).toBe("special")
    expect(await form.locator('input[name="title"]').inputValue()).toBe(UNIT_NAME)
    expect(await form.locator('input[name="tax_id"]').inputValue()).toBe(CREDIT_CODE)
    await form.locator('input[name="email"]').fill("caiwu@quote-test.example.cn")
    await form.getByRole("button").click()
    const request = desk.getByTestId("invoice-request")
    await expectVisible(request, 60_000)
    expect(await request.getByTestId("invoice-request-status").innerText()).toBe("待开票")
    await screenshot(desk, "quotes-invoice-requested-390")

    const { quote: placed } = await admin(`/admin/quotes/${quote.id}`)
    const { invoice_requests } = await admin(`/admin/invoice-requests?order_id=${placed.order_id}`)
    expect(invoice_requests).toHaveLength(1)
    expect(invoice_requests[0]).toMatchObject({ kind: "special", amount: quote.total })
    await admin(`/admin/invoice-requests/${invoice_requests[0].id}/issue`, {
      number: "24442000000012345678",
      issued_on: chinaToday(),
    })
    await desk.reload()
    expect(await desk.getByTestId("invoice-request-status").innerText()).toBe("已开票")
    expect(await desk.getByTestId("invoice-request").innerText()).toContain("24442000000012345678")
    await screenshot(desk, "quotes-invoice-issued-390")
    await desk.close()
  })
})
