/**
 * Fresh data on the storefront: a new price and new stock right after the
 * support team changes them (the backend's events expire the storefront's
 * cache), photos uploaded in the admin, and a partner's new name.
 */
import type { Page } from "playwright-core"
import { screenshot, useBrowser } from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

describe("browsing the storefront", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-storefront-" })
  let page: Page
  let admin: (path: string, body?: unknown) => Promise<any>
  let adminToken: string

  beforeAll(async () => {
    page = session.page
    adminToken = await signInAdmin(shop.backendUrl)
    admin = adminCall(shop.backendUrl, adminToken)
  })

  it("shows a new price and new stock right after the support team changes them", async () => {
    const url = `${shop.storefrontUrl}/products/meixian-golden-pomelo`
    const variant = (title: string) =>
      page.locator(`[data-testid="variant"][data-variant-title="${title}"]`)
    await page.goto(url)
    expect(await variant("5斤/箱").getByTestId("variant-price").textContent()).toBe("¥39.90")
    expect(await variant("15斤/箱").getByTestId("variant-stock").textContent()).toBe("有货")
    // Served from the cache now.
    await page.reload()
    expect(await variant("5斤/箱").getByTestId("variant-price").textContent()).toBe("¥39.90")

    const { products } = await admin(
      "/admin/products?handle=meixian-golden-pomelo&fields=id,variants.id,variants.sku"
    )
    const [product] = products
    const five = product.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
    await admin(`/admin/products/${product.id}/variants/${five.id}`, {
      prices: [{ currency_code: "cny", amount: 36.5 }],
    })

    const { inventory_items } = await admin(
      "/admin/inventory-items?sku=MX-POMELO-GOLD-15J&fields=id,*location_levels"
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      {
        stocked_quantity: level.reserved_quantity + 3,
      }
    )

    // The backend's events reach the storefront in the background: reload until the page shows them.
    const shows = async (title: string, testId: string, expected: string) => {
      for (let attempt = 0; attempt < 30; attempt++) {
        await page.goto(url)
        if ((await variant(title).getByTestId(testId).textContent()) === expected) return true
        await page.waitForTimeout(500)
      }
      return false
    }
    expect(await shows("5斤/箱", "variant-price", "¥36.50")).toBe(true)
    expect(await variant("5斤/箱").getByTestId("variant-per-jin").textContent()).toBe("¥7.30/斤")
    expect(await shows("15斤/箱", "variant-stock", "仅剩 3 件")).toBe(true)

    // Only the backend, with the shared secret, may expire the cache.
    const refused = await fetch(`${shop.storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "x-revalidate-secret": "not-the-secret" },
    })
    expect(refused.status).toBe(401)
  })

  it("shows the photos uploaded in the admin on the product page and its card", async () => {
    // a picture to upload: a screenshot of the shop itself
    await page.goto(`${shop.storefrontUrl}/towns/songyuan`)
    const picture = await page.screenshot({
      type: "png",
      clip: { x: 0, y: 0, width: 200, height: 150 },
    })
    const form = new FormData()
    form.append(
      "files",
      new Blob([new Uint8Array(picture)], { type: "image/png" }),
      "bamboo-shoot.png"
    )
    const upload = await fetch(`${shop.backendUrl}/admin/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    })
    expect(upload.status).toBe(200)
    const { files } = await upload.json()
    const photoUrl: string = files[0].url
    expect(photoUrl.startsWith(`${shop.backendUrl}/static/`)).toBe(true)
    const { products } = await admin("/admin/products?handle=songyuan-dried-bamboo-shoot&fields=id")
    await admin(`/admin/products/${products[0].id}`, {
      images: [{ url: photoUrl }],
      thumbnail: photoUrl,
    })

    const url = `${shop.storefrontUrl}/products/songyuan-dried-bamboo-shoot`
    for (let attempt = 0; attempt < 30; attempt++) {
      await page.goto(url)
      if (await page.getByTestId("product-photos").count()) break
      await page.waitForTimeout(500)
    }
    const photo = page
      .getByTestId("product-photos")
      .getByRole("img", { name: "松源高山笋干（图 1）" })
    expect(await photo.getAttribute("src")).toBe(photoUrl)
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)
    expect(await page.getByText("示意图", { exact: true }).count()).toBe(0)
    await screenshot(page, "storefront-product-photo-390")

    await page.goto(`${shop.storefrontUrl}/towns/songyuan`)
    const card = page.locator(
      '[data-testid="product-card"][data-handle="songyuan-dried-bamboo-shoot"] img.product-photo'
    )
    expect(await card.getAttribute("src")).toBe(photoUrl)
  })

  it("shows a partner's new name on its page, its products and in search right after it is renamed", async () => {
    const { partners } = await admin("/admin/partners?q=茶笋")
    const [partner] = partners
    expect(partner.handle).toBe("songyuan-mountain-coop")
    await admin(`/admin/partners/${partner.id}`, { name: "梅县区松源云雾茶笋专业合作社" })
    const showsNewName = async (path: string) => {
      for (let attempt = 0; attempt < 30; attempt++) {
        await page.goto(`${shop.storefrontUrl}${path}`)
        if (
          ((await page.locator("main").textContent()) ?? "").includes(
            "梅县区松源云雾茶笋专业合作社"
          )
        )
          return true
        await page.waitForTimeout(500)
      }
      return false
    }
    expect(await showsNewName("/partners/songyuan-mountain-coop")).toBe(true)
    expect(await showsNewName("/products/songyuan-mountain-green-tea")).toBe(true)
    expect(await showsNewName(`/search?q=${encodeURIComponent("云雾茶笋")}`)).toBe(true)
    const found = await page
      .getByTestId("product-card")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-handle")))
    expect(found.sort()).toEqual(["songyuan-dried-bamboo-shoot", "songyuan-mountain-green-tea"])
  })
})
