/**
 * The support team's 批量订单 pages (issue 12, part 7): two units' bulk
 * orders placed over the store API (one paid by a remittance); the list
 * filtered by status and by unit; a bulk order's page with its unit, 大写,
 * each recipient's parcel linking to Medusa's order page, and its 付款通知书;
 * the paid one with its matched credit; the unit page's latest bulk orders
 * linking to the list filtered by that unit.
 */
import fs from "node:fs"
import type { Page } from "playwright-core"
import { yuanInCapitals } from "../../../backend/src/shared/money"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  adminLogin,
  chooseOption,
  downloadedFile,
  expectVisible,
  screenshot,
  screenshotOf,
  useBrowser,
} from "../../fixtures/browser"
import { registerBuyer } from "../../fixtures/checkout"
import { TOMATO } from "../../fixtures/farm-browser"
import { pdfPages } from "../../fixtures/pdf-text"
import { chinaToday } from "../../fixtures/remittances"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin, storeGet } from "../../fixtures/shop-api"

type Placed = { id: string; reference: string; amount: string }

const UNIT_A = "梅州市梅县区卫生健康局工会委员会"
const UNIT_B = "梅州市梅县区水务局"
const code = (first17: string) => first17 + usccCheckCharacter(first17)

/** A recipient's row in 梅县区 (the template's column keys). */
const row = (recipient: string, mobile: string, sku: string, quantity: number) => ({
  recipient,
  mobile,
  province: "广东省",
  city: "梅州市",
  district: "梅县区",
  address: `新城办事处华侨城二路 ${quantity + 10} 号`,
  sku,
  quantity,
  note: "",
})

describe("the support team reads units' bulk orders in the admin", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  let page: Page
  let unitA: string
  let unitB: string
  let a1: Placed
  let a2: Placed
  let b1: Placed

  /** A verified unit with one 采购员; answers the unit's id and the buyer's store calls. */
  const unitWithBuyer = async (name: string, first17: string, n: number) => {
    const admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const buyer = { email: `bulk-admin-${n}-${process.pid}@example.cn`, password: "meixian-2026" }
    await registerBuyer(shop, { ...buyer, first_name: `采购员${n}` })
    const { unit } = await admin("/admin/units", {
      name,
      kind: "trade_union",
      credit_code: code(first17),
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    await admin(`/admin/units/${unit.id}/members`, { email: buyer.email, role: "buyer" })
    const login = await fetch(`${shop.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(buyer),
    })
    const { token } = await login.json()
    const place = async (body: object): Promise<Placed> => {
      const response = await fetch(`${shop.backendUrl}/store/units/me/bulk-orders`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": shop.publishableKey,
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(body),
      })
      const data = await response.json()
      if (response.status !== 201 && response.status !== 200) {
        throw new Error(`bulk order: ${response.status} ${JSON.stringify(data)}`)
      }
      return data.bulk_order
    }
    return { id: unit.id as string, place, admin }
  }

  beforeAll(async () => {
    page = session.page
    const { products } = await storeGet(shop)(
      `/store/products?handle=${TOMATO}&fields=id,*variants`
    )
    const sku = products[0].variants[0].sku as string
    const a = await unitWithBuyer(UNIT_A, "81441403MC0000034", 1)
    const b = await unitWithBuyer(UNIT_B, "11441403MB0000056", 2)
    unitA = a.id
    unitB = b.id
    a1 = await a.place({
      po_number: "WJ-2026-031",
      note: "元旦慰问",
      rows: [row("张敏", "13926001234", sku, 2), row("刘洋", "13926001235", sku, 3)],
    })
    a2 = await a.place({ rows: [row("黄静", "13926001236", sku, 1)] })
    b1 = await b.place({ rows: [row("李强", "13926001237", sku, 1)] })
    // a2 is paid by an exact credit from the unit's account
    const { remittance } = await a.admin("/admin/remittances", {
      amount: a2.amount,
      payer_name: UNIT_A,
      paid_at: chinaToday(),
      bank_serial: `BULKADMIN${process.pid}`,
      remark: `货款 ${a2.reference}`,
    })
    expect(remittance.status).toBe("matched")
    // the worker captures its order in the background (付款处理中 until then)
    // (expect.poll is for tests only, not hooks: a plain wait of at most three minutes)
    const paidBy = Date.now() + 180_000
    let status = ""
    while (Date.now() < paidBy) {
      status = (await a.admin(`/admin/bulk-orders/${a2.id}`)).bulk_order.status
      if (status === "paid") break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe("paid")
    await adminLogin(page, shop.backendUrl, adminCredentials())
  }, 600_000)

  const rows = () => page.getByTestId("bulk-orders-table-row")
  const references = async () =>
    Promise.all((await rows().all()).map((r) => r.getAttribute("data-reference")))

  it("lists every unit's bulk orders and filters them by status and by unit", async () => {
    await page.goto(`${shop.backendUrl}/app/units`)
    await page.getByTestId("units-bulk-orders").click()
    await page.waitForURL(/\/app\/bulk-orders$/)
    await expectVisible(rows())
    expect(await references()).toEqual([b1.reference, a2.reference, a1.reference])
    const first = page.locator(`[data-reference="${a1.reference}"]`)
    const text = await first.innerText()
    expect(text).toContain(UNIT_A)
    expect(text).toContain("待付款")
    expect(text).toContain("2")
    expect(await page.locator(`[data-reference="${a2.reference}"]`).innerText()).toContain("已付款")
    await screenshot(page, "admin-bulk-orders-list")

    await chooseOption(page, "bulk-orders-filter-status", "已付款")
    await page.waitForURL(/status=paid/)
    await expect.poll(references).toEqual([a2.reference])
    await chooseOption(page, "bulk-orders-filter-status", "全部状态")
    await chooseOption(page, "bulk-orders-filter-unit", UNIT_B)
    await page.waitForURL(new RegExp(`unit_id=${unitB}`))
    await expect.poll(references).toEqual([b1.reference])
    await screenshot(page, "admin-bulk-orders-filtered")
  })

  it("shows a bulk order: unit, 大写, each recipient's order, the 付款通知书", async () => {
    await page.goto(`${shop.backendUrl}/app/bulk-orders`)
    await page.locator(`[data-reference="${a1.reference}"]`).click()
    await page.waitForURL(new RegExp(`/app/bulk-orders/${a1.id}$`))
    const detail = page.getByTestId("bulk-order-detail")
    await expectVisible(detail)
    expect(await page.getByTestId("bulk-order-reference").innerText()).toBe(a1.reference)
    expect(await detail.getByTestId("bulk-order-status").first().innerText()).toBe("待付款")
    const facts = await page.getByTestId("bulk-order-facts").innerText()
    expect(facts).toContain(UNIT_A)
    expect(facts).toContain("WJ-2026-031")
    expect(facts).toContain("元旦慰问")
    expect(facts).toContain(yuanInCapitals(a1.amount))
    const parcels = page.getByTestId("bulk-order-parcel")
    expect(await parcels.count()).toBe(2)
    const parcelText = await page.getByTestId("bulk-order-parcels").innerText()
    for (const expected of ["张敏", "刘洋", "13926001234", "待到账", "待发货"]) {
      expect(parcelText).toContain(expected)
    }
    await expect
      .poll(() => page.getByTestId("bulk-order-remittances").innerText())
      .toContain("还没有匹配到这笔批量订单的汇款")
    await screenshot(page, "admin-bulk-order-detail")

    const notice = page.waitForEvent("download")
    await page.getByTestId("bulk-order-notice").click()
    expect((await notice).suggestedFilename()).toBe(`付款通知书-${a1.reference}.pdf`)
    const pdf = fs.readFileSync(await downloadedFile(notice))
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const pdfText = (await pdfPages(pdf)).join("")
    expect(pdfText).toContain(a1.reference)
    expect(pdfText).toContain(yuanInCapitals(a1.amount))

    // a parcel opens Medusa's own order page
    await parcels.first().getByRole("link").first().click()
    await page.waitForURL(/\/app\/orders\/order_[^/]+$/)
  })

  it("shows a paid bulk order with the credit that paid it, and no notice", async () => {
    await page.goto(`${shop.backendUrl}/app/bulk-orders/${a2.id}`)
    await expectVisible(page.getByTestId("bulk-order-detail"))
    expect(await page.getByTestId("bulk-order-status").first().innerText()).toBe("已付款")
    const credits = page.getByTestId("bulk-order-remittances")
    await expectVisible(credits.getByText("已匹配"))
    expect(await credits.innerText()).toContain(UNIT_A)
    expect(await page.getByTestId("bulk-order-notice").count()).toBe(0)
    expect(await page.getByTestId("bulk-order-parcels").innerText()).toContain("已到账")
    await screenshotOf(page.getByTestId("bulk-order-detail"), "admin-bulk-order-paid")
  })

  it("the unit page lists its latest bulk orders and links to all of them and to 单位价格", async () => {
    await page.goto(`${shop.backendUrl}/app/units/${unitA}`)
    const card = page.getByTestId("unit-bulk-orders")
    await expectVisible(card.getByTestId("bulk-orders-table-row"))
    expect(await card.getByTestId("bulk-orders-table-row").count()).toBe(2)
    expect(await card.getByTestId("unit-unit-prices").getAttribute("href")).toBe("/app/unit-prices")
    await screenshotOf(card, "admin-unit-bulk-orders")
    await card.getByTestId("unit-bulk-orders-all").click()
    await page.waitForURL(new RegExp(`/app/bulk-orders\\?unit_id=${unitA}`))
    await expect.poll(references).toEqual([a2.reference, a1.reference])
  })
})
