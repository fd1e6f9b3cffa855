/**
 * 询价 in the admin, as the support team works it: two units' 采购员 have
 * asked for prices (store API); the list shows every unit's quotes, filtered
 * by status and by unit; a requested quote is opened, a line's price
 * lowered (the totals follow as typed), shipping, valid until, delivery
 * window and terms set and saved, then 发送报价: 已报价 with the quoted
 * total, as the unit reads it too; another quote is cancelled after the
 * prompt. Screenshots under tests/artifacts/.
 */
import type { Page } from "playwright-core"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import { fenToYuan, formatFen, parseFen } from "../../../backend/src/shared/money"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import {
  adminLogin,
  chooseOption,
  expectVisible,
  screenshot,
  useBrowser,
} from "../../fixtures/browser"
import { RICE, registerBuyer } from "../../fixtures/checkout"
import { GUANGZHOU_ADDRESS } from "../../fixtures/orders"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

const UNIT_A = "梅县区询价后台测试中学"
const UNIT_B = "梅县区询价后台测试医院"
const RICE_10J = "SJ-RICE-SIMIAO-10J"
const BAGS = 60
const code = (first17: string) => first17 + usccCheckCharacter(first17)

/** "2026-12-09T18:00" (China time) for a datetime-local input, `days` from now at 18:00. */
const chinaEvening = (days: number) => {
  const china = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000)
  return `${china.toISOString().slice(0, 10)}T18:00`
}

describe("the support team prices, sends and cancels quotes on the 询价 page", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  let page: Page
  let admin: (path: string, body?: unknown) => Promise<any>
  const quotes: Record<"a1" | "a2" | "b1", { id: string; display_id: string }> = {} as never
  let unitA = ""
  let unitB = ""
  let buyerA: { email: string; password: string; first_name: string }

  /** A store call as a signed-in member. */
  const store = async (who: { email: string; password: string }, path: string, body?: unknown) => {
    const auth = await fetch(`${shop.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(who),
    })
    const { token } = await auth.json()
    const response = await fetch(`${shop.backendUrl}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": shop.publishableKey,
        authorization: `Bearer ${token}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }

  /** A verified unit whose 采购员 asks for `count` quotes on carts of rice with a delivery address. */
  const unitAsking = async (name: string, first17: string, n: number, count: number) => {
    const buyer = {
      email: `quote-admin-${n}-${process.pid}@example.cn`,
      password: "meixian-quote-admin-2026",
      first_name: `采购员${n}`,
    }
    await registerBuyer(shop, buyer)
    const { unit } = await admin("/admin/units", {
      name,
      kind: "public_institution",
      credit_code: code(first17),
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    await admin(`/admin/units/${unit.id}/members`, { email: buyer.email, role: "buyer" })
    const { regions } = await store(buyer, "/store/regions")
    const region = regions.find((r: any) => r.currency_code === "cny")
    const { products } = await store(
      buyer,
      `/store/products?handle=${RICE.handle}&region_id=${region.id}&fields=id,*variants`
    )
    const variant = products[0].variants.find((v: any) => v.sku === RICE_10J)
    const asked: { id: string; display_id: string }[] = []
    for (let i = 0; i < count; i++) {
      const { cart } = await store(buyer, "/store/carts", {
        region_id: region.id,
        items: [{ variant_id: variant.id, quantity: BAGS }],
        email: buyer.email,
        shipping_address: GUANGZHOU_ADDRESS,
        billing_address: GUANGZHOU_ADDRESS,
      })
      const { shipping_options } = await store(buyer, `/store/shipping-options?cart_id=${cart.id}`)
      const option = shipping_options.find((o: any) => !/自提/.test(o.name))
      await store(buyer, `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
      const { quote } = await store(buyer, "/store/units/me/quotes", {
        cart_id: cart.id,
        message: `${name}食堂第 ${i + 1} 批用米，请报价`,
      })
      asked.push({ id: quote.id, display_id: quote.display_id })
    }
    return { unit, buyer, asked }
  }

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    // enough rice for the canteens' carts
    const { inventory_items } = await admin(
      `/admin/inventory-items?sku=${RICE_10J}&fields=id,*location_levels`
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      { stocked_quantity: level.stocked_quantity + 1000 }
    )
    const a = await unitAsking(UNIT_A, "12441403MB0000071", 1, 2)
    const b = await unitAsking(UNIT_B, "12441403MB0000072", 2, 1)
    ;[quotes.a1, quotes.a2] = a.asked
    quotes.b1 = b.asked[0]
    unitA = a.unit.id
    unitB = b.unit.id
    buyerA = a.buyer
    await adminLogin(page, shop.backendUrl, adminCredentials())
  }, 600_000)

  const rows = () => page.getByTestId("quotes-table-row")
  const rowOf = (displayId: string) => rows().filter({ hasText: displayId })
  const listed = async () =>
    (await rows().allInnerTexts()).map(
      (text) => Object.values(quotes).find((q) => text.includes(q.display_id))?.display_id
    )

  it("lists every unit's quotes, filtered by status and by unit", async () => {
    await page.goto(`${shop.backendUrl}/app/quotes`)
    await expectVisible(rowOf(quotes.b1.display_id))
    for (const q of Object.values(quotes)) {
      const text = await rowOf(q.display_id).innerText()
      expect(text).toContain("待报价")
      expect(text).toContain(q === quotes.b1 ? UNIT_B : UNIT_A)
    }
    await screenshot(page, "admin-quotes-list")

    // (the shared shop may hold other tests' quotes: the unit filter scopes the checks)
    await chooseOption(page, "quotes-filter-unit", UNIT_B)
    await page.waitForURL(new RegExp(`unit_id=${unitB}`))
    await expect.poll(listed, { timeout: 20_000 }).toEqual([quotes.b1.display_id])
    await chooseOption(page, "quotes-filter-unit", UNIT_A)
    await page.waitForURL(new RegExp(`unit_id=${unitA}`))
    await expect
      .poll(listed, { timeout: 20_000 })
      .toEqual([quotes.a2.display_id, quotes.a1.display_id])
    await chooseOption(page, "quotes-filter-status", "已报价")
    await page.waitForURL(/status=quoted/)
    await expectVisible(page.getByText("还没有询价单。"))
    await chooseOption(page, "quotes-filter-status", "待报价")
    await page.waitForURL(/status=requested/)
    await expect
      .poll(listed, { timeout: 20_000 })
      .toEqual([quotes.a2.display_id, quotes.a1.display_id])
    await screenshot(page, "admin-quotes-filtered")
  })

  it("prices a requested quote (a lower line price, shipping, validity, delivery window, terms) and sends it", async () => {
    await rowOf(quotes.a1.display_id).getByRole("link", { name: quotes.a1.display_id }).click()
    await page.waitForURL(new RegExp(`/app/quotes/${quotes.a1.id}$`))
    const detail = page.getByTestId("quote-detail")
    await expectVisible(detail)
    expect(await page.getByTestId("quote-facts").innerText()).toContain("食堂第 1 批用米，请报价")
    // no price yet: 发送报价 is refused with the reason
    await page.getByTestId("quote-send").click()
    await expectVisible(page.getByText("每一行都填写报价单价后才能发送"))

    const { quote: asked } = await admin(`/admin/quotes/${quotes.a1.id}`)
    const quotedFen = parseFen(asked.lines[0].list_price)! - BigInt(250)
    const quoted = fenToYuan(quotedFen)
    const totalFen = quotedFen * BigInt(BAGS) + BigInt(18000)
    await page.getByTestId("quote-line-0-price").fill(quoted)
    await page.getByTestId("quote-shipping").fill("180")
    // the totals follow as typed
    await expect
      .poll(() => page.getByTestId("quote-form-totals").innerText())
      .toContain(formatFen(totalFen))
    await page.getByTestId("quote-valid-until").fill(chinaEvening(5))
    await page.getByTestId("quote-delivery-from").fill("2026-12-20")
    await page.getByTestId("quote-delivery-to").fill("2026-12-22")
    await page.getByTestId("quote-terms").fill("整车送货到食堂，验收后 30 日内对公转账")
    await screenshot(page, "admin-quote-pricing")
    await page.getByTestId("quote-save").click()
    await expectVisible(page.getByText("报价已保存"))

    await page.getByTestId("quote-send").click()
    await expectVisible(page.getByText("报价已发送给单位"))
    await expect.poll(() => detail.innerText()).toContain("已报价")
    const facts = await page.getByTestId("quote-facts").innerText()
    expect(facts).toContain(formatFen(totalFen))
    expect(facts).toContain("2026-12-20 ~ 2026-12-22")
    expect(facts).toContain("整车送货到食堂，验收后 30 日内对公转账")
    expect(facts).toContain(chinaEvening(5).replace("T", " "))
    await screenshot(page, "admin-quote-sent")

    // as stored, and as the unit reads it
    const { quote: sent } = await admin(`/admin/quotes/${quotes.a1.id}`)
    expect(sent).toMatchObject({
      status: "quoted",
      shipping: "180.00",
      total: fenToYuan(totalFen),
      delivery_from: "2026-12-20",
      delivery_to: "2026-12-22",
    })
    expect(sent.lines[0].quoted_price).toBe(quoted)
    expect(new Date(sent.valid_until).toISOString()).toBe(
      new Date(`${chinaEvening(5)}:00+08:00`).toISOString()
    )
    const mine = await store(buyerA, `/store/units/me/quotes/${quotes.a1.id}`)
    expect(mine.quote).toMatchObject({ status: "quoted", total: fenToYuan(totalFen) })

    // in the list: 已报价 with its total
    await page.goto(`${shop.backendUrl}/app/quotes?status=quoted&unit_id=${unitA}`)
    const row = rowOf(quotes.a1.display_id)
    await expectVisible(row)
    expect(await row.innerText()).toContain(formatFen(totalFen))
  })

  it("cancels another quote after the prompt", async () => {
    await page.goto(`${shop.backendUrl}/app/quotes/${quotes.a2.id}`)
    await expectVisible(page.getByTestId("quote-detail"))
    page.once("dialog", (dialog) => dialog.accept())
    await page.getByTestId("quote-cancel").click()
    await expectVisible(page.getByText("询价已取消"))
    await expectVisible(page.getByTestId("quote-read-only"))
    expect(await page.getByTestId("quote-read-only").innerText()).toContain("已取消")
    expect(await page.getByTestId("quote-cancel").count()).toBe(0)
    await screenshot(page, "admin-quote-cancelled")
    const { quote } = await admin(`/admin/quotes/${quotes.a2.id}`)
    expect(quote.status).toBe("cancelled")
    const mine = await store(buyerA, `/store/units/me/quotes/${quotes.a2.id}`)
    expect(mine.quote.status).toBe("cancelled")

    await page.goto(`${shop.backendUrl}/app/quotes?status=cancelled&unit_id=${unitA}`)
    await expectVisible(rowOf(quotes.a2.display_id))
    await expect.poll(listed, { timeout: 20_000 }).toEqual([quotes.a2.display_id])
  })
})
