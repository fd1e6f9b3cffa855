/**
 * A farm account on a phone ships a paid order: 待发货 lists an order line only
 * once the support team confirmed its payment; the farm ships it with carrier
 * and tracking number and downloads the month's statement.
 */
import fs from "node:fs"
import type { Browser, Page } from "playwright-core"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  chooseOption,
  downloadedFile,
  expectVisible,
  RESENT_ON_RESET,
  screenshot,
  useBrowser,
} from "../../fixtures/browser"
import { farmLogin, PHONE, publishableKey, TOMATO } from "../../fixtures/farm-browser"
import { useShop } from "../../fixtures/shop"

describe("a farm account on a phone", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;({ browser, page } = session)
    await farmLogin(page, shop.backendUrl)
  }, 600_000)

  it("shows an order line on 待发货 only once the order is paid, and ships it with carrier and tracking number", async () => {
    // a buyer orders two boxes of tomatoes through the store API
    const key = await publishableKey(shop.databaseUrl)
    const store = { "x-publishable-api-key": key }
    const call = async (method: "get" | "post", path: string, data?: unknown) => {
      const response = await page.request[method](`${shop.backendUrl}${path}`, {
        headers: store,
        data,
      })
      expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
      return response.json()
    }
    const { regions } = await call("get", "/store/regions")
    const region = regions.find((r: any) => r.currency_code === "cny")
    const { products } = await call("get", `/store/products?handle=${TOMATO}&fields=id,*variants`)
    const address = {
      first_name: "晓雨",
      last_name: "陈",
      phone: "13926001234",
      country_code: "cn",
      province: "广东省",
      city: "广州市",
      address_1: "天河区体育西路 191 号 1204 房",
      postal_code: "510620",
    }
    const { cart } = await call("post", "/store/carts", {
      region_id: region.id,
      email: "chen.xiaoyu@example.cn",
      items: [{ variant_id: products[0].variants[0].id, quantity: 2 }],
      shipping_address: address,
      billing_address: address,
    })
    const { shipping_options } = await call("get", `/store/shipping-options?cart_id=${cart.id}`)
    await call("post", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: shipping_options.find((o: any) => o.name === "冷链配送").id,
    })
    const { payment_collection } = await call("post", "/store/payment-collections", {
      cart_id: cart.id,
    })
    await call("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    const completed = await call("post", `/store/carts/${cart.id}/complete`)
    expect(completed.type).toBe("order")

    // placed, not paid yet: 待发货 says only paid orders are listed and lists none
    await page.goto(`${shop.backendUrl}/app/farm`)
    await page.getByTestId("farm-tab-orders").click()
    await expectVisible(
      page.getByTestId("farm-orders-paid-only").getByText("只列出已付款的订单", { exact: false })
    )
    await expectVisible(page.getByTestId("farm-orders").getByText("没有待发货的订单"))
    expect(await page.getByTestId("farm-order-line").count()).toBe(0)

    // the support team confirms the payment (captures it)
    const support = await browser.newContext()
    const { token } = await (
      await support.request.post(`${shop.backendUrl}/auth/user/emailpass`, {
        data: adminCredentials(),
      })
    ).json()
    const supportHeaders = { authorization: `Bearer ${token}` }
    const { order: placed } = await (
      await support.request.get(
        `${shop.backendUrl}/admin/orders/${completed.order.id}?fields=*payment_collections.payments`,
        { ...RESENT_ON_RESET, headers: supportHeaders }
      )
    ).json()
    const capture = await support.request.post(
      `${shop.backendUrl}/admin/payments/${placed.payment_collections[0].payments[0].id}/capture`,
      { headers: supportHeaders, data: {} }
    )
    expect(capture.status()).toBe(200)

    await page.reload()
    await page.getByTestId("farm-tab-orders").click()
    const line = page.getByTestId("farm-order-line").first()
    await expectVisible(line.getByText("陈晓雨"))
    await expectVisible(line.getByText("天河区体育西路 191 号 1204 房", { exact: false }))
    await expectVisible(line.getByText("冷链配送", { exact: false }))
    await chooseOption(page, "farm-ship-carrier", "顺丰速运")
    await line.getByTestId("farm-ship-tracking").fill("SF1400012345678")
    await screenshot(page, "admin-farm-ship-mobile")
    await line.getByTestId("farm-ship-submit").click()
    await expectVisible(page.getByTestId("farm-orders").getByText("没有待发货的订单"))

    // the order now has a shipped fulfillment from the farm with the tracking number
    const response = await support.request.get(
      `${shop.backendUrl}/admin/orders/${completed.order.id}?fields=fulfillment_status,*fulfillments,*fulfillments.labels`,
      { ...RESENT_ON_RESET, headers: supportHeaders }
    )
    const { order } = await response.json()
    await support.close()
    expect(order.fulfillment_status).toBe("shipped")
    expect(order.fulfillments[0].labels.map((l: any) => l.tracking_number)).toEqual([
      "SF1400012345678",
    ])
    expect(order.fulfillments[0].metadata).toMatchObject({ carrier: "顺丰速运" })

    // the month's statement downloads as CSV (UTF-8 with a byte-order mark, CRLF)
    await page.getByTestId("farm-tab-sales").click()
    await expectVisible(page.getByTestId("farm-statement-total"))
    const download = page.waitForEvent("download")
    await page.getByTestId("farm-statement-export").click()
    const file = await downloadedFile(download)
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString("utf8")).toContain("\r\n")
    expect((await download).suggestedFilename()).toMatch(/对账单.*\.csv$/)
  })
})
