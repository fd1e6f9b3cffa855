/**
 * The storefront's pages served from Next's cache (docs/storefront.md#caching):
 * the home, catalog, product, town and partner pages are rendered once and
 * then answered from the cache (`x-nextjs-cache: HIT`), the same HTML for
 * everyone, with no visitor's cart or prices in it; the visitor's cart count
 * and a unit member's prices are read from the browser. A change in the admin
 * (title, price, publish state) shows on the next load; a price list's price
 * from its start, within the worker's minute job.
 */
import type { Page } from "playwright-core"
import { addToCartOn } from "../../fixtures/checkout"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const HANDLE = "meixian-golden-pomelo"

describe("pages served from the cache", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-page-cache-" })
  let page: Page
  let admin: (path: string, body?: unknown) => Promise<any>
  let productId: string

  /** GETs a page without cookies: its status, the cache's verdict and its HTML. */
  const get = async (path: string) => {
    const response = await fetch(`${shop.storefrontUrl}${path}`)
    return {
      status: response.status,
      cache: response.headers.get("x-nextjs-cache"),
      html: await response.text(),
    }
  }

  /** Loads `path` until `check` holds (the backend's events reach the storefront in the background). */
  const eventually = async (path: string, check: (html: string) => boolean) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const { html } = await get(path)
      if (check(html)) return true
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    return false
  }

  /** Loads `path` until the cache answers it (renders it first if it was expired). */
  const cachedNow = async (path: string) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await get(path)).cache === "HIT") return true
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    return false
  }

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const { products } = await admin(`/admin/products?handle=${HANDLE}&fields=id`)
    productId = products[0].id
  })

  it("answers the public pages from the cache, with nobody's cart in them", async () => {
    for (const path of [
      "/",
      "/products",
      "/products?town=bingcun&sort=price_asc",
      `/products/${HANDLE}`,
      "/towns/bingcun",
      "/partners/songyuan-mountain-coop",
    ]) {
      const first = await get(path)
      expect(first.status, path).toBe(200)
      const again = await get(path)
      expect(again.status, path).toBe(200)
      expect(again.cache, path).toBe("HIT")
      // the header's count is not in the cached HTML: the browser reads it
      expect(again.html, path).not.toContain('data-testid="cart-count"')
    }
    // behind the production nginx (TLS ended there: X-Forwarded-Proto), still from the cache
    // and inside the process (vercel/next.js#94745: the rewrite was proxied and answered 500)
    const behindTls = await fetch(`${shop.storefrontUrl}/towns/bingcun`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" },
    })
    expect(behindTls.status).toBe(200)
    expect(behindTls.headers.get("x-nextjs-cache")).toBe("HIT")
    // the cart and the search are the visitor's own: never from the page cache
    expect((await get("/cart")).cache).toBeNull()
    expect((await get(`/search?q=${encodeURIComponent("蜜柚")}`)).cache).toBeNull()
    // the long form of a catalog query is still sent to its short form
    const long = await fetch(`${shop.storefrontUrl}/products?town=&sort=newest&page=1`, {
      redirect: "manual",
    })
    expect(long.status).toBe(307)
    expect(long.headers.get("location")).toMatch(/\/products$/)
    // the cached routes themselves take only a month of the year
    expect((await get("/cached/13/home")).status).toBe(404)
  })

  it("shows each visitor their own cart count on the same cached page", async () => {
    await addToCartOn(page, shop.storefrontUrl, HANDLE)
    await page.goto(`${shop.storefrontUrl}/products/${HANDLE}`)
    await page.waitForFunction(
      () => document.querySelector('[data-testid="cart-count"]')?.textContent === "1"
    )
    const other = await session.browser.newContext(MOBILE)
    try {
      const stranger = await other.newPage()
      await stranger.goto(`${shop.storefrontUrl}/products/${HANDLE}`)
      await stranger.waitForFunction(
        () => document.querySelector('[data-testid="cart-count"]')?.textContent === "0"
      )
    } finally {
      await other.close()
    }
    // adding from a cached page updates the header without a reload
    await page.getByTestId("add-to-cart").click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="cart-count"]')?.textContent === "2"
    )
    await screenshot(page, "storefront-page-cache-cart-count")
  })

  it("shows a new title and price at once on the product page, the catalog, its town and partner", async () => {
    // the pomelo comes from 松源镇's 金柚 farm: its pages list it
    const listing = ["/products?town=songyuan", "/towns/songyuan", "/partners/songyuan-pomelo-farm"]
    for (const path of [`/products/${HANDLE}`, ...listing]) {
      await get(path)
      const cached = await get(path)
      expect(cached.cache, path).toBe("HIT")
      expect(cached.html, path).toContain("梅县金柚")
      expect(cached.html, path).not.toContain("梅县金柚（新采）")
    }
    await page.goto(`${shop.storefrontUrl}/products/${HANDLE}`)
    await expectVisible(page.getByRole("heading", { name: "梅县金柚" }))

    const { product } = await admin(`/admin/products/${productId}?fields=id,*variants`)
    const five = product.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
    await admin(`/admin/products/${productId}`, { title: "梅县金柚（新采）" })
    await admin(`/admin/products/${productId}/variants/${five.id}`, {
      prices: [{ currency_code: "cny", amount: 35.8 }],
    })

    const fresh = (html: string) => html.includes("梅县金柚（新采）") && html.includes("¥35.80")
    expect(await eventually(`/products/${HANDLE}`, fresh)).toBe(true)
    for (const path of listing) expect(await eventually(path, fresh), path).toBe(true)
    await page.reload()
    await expectVisible(page.getByRole("heading", { name: "梅县金柚（新采）" }))
    const price = page.locator('[data-testid="variant"][data-variant-title="5斤/箱"]')
    expect(await price.getByTestId("variant-price").textContent()).toBe("¥35.80")
  })

  it("expires only the changed product's page and the listings, not another product's page", async () => {
    const other = "/products/shejiang-simiao-rice"
    const pages = [`/products/${HANDLE}`, "/products?town=songyuan", other]
    // cached first; the last test's revalidations may still be coming in, so until each is a hit
    for (const path of pages) expect(await cachedNow(path), path).toBe(true)

    const { product } = await admin(`/admin/products/${productId}?fields=id,*variants`)
    const five = product.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
    await admin(`/admin/products/${productId}/variants/${five.id}`, {
      prices: [{ currency_code: "cny", amount: 31.9 }],
    })
    const fresh = (html: string) => html.includes("¥31.90")
    // the product's page and the catalog that lists it show the new price at once
    expect(await eventually(`/products/${HANDLE}`, fresh)).toBe(true)
    expect(await eventually("/products?town=songyuan", fresh)).toBe(true)
    // the other product's page was left in the cache: answered without a render
    const untouched = await get(other)
    expect(untouched.cache).toBe("HIT")
    expect(untouched.html).toContain("畲江丝苗米")
  })

  it("takes an unpublished product off its page and the catalog at once, and back", async () => {
    await admin(`/admin/products/${productId}`, { status: "draft" })
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await get(`/products/${HANDLE}`)).status === 404) break
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    expect((await get(`/products/${HANDLE}`)).status).toBe(404)
    const inTown = (html: string) => html.includes(`data-handle="${HANDLE}"`)
    expect(await eventually("/products?town=songyuan", (html) => !inTown(html))).toBe(true)

    await admin(`/admin/products/${productId}`, { status: "published" })
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await get(`/products/${HANDLE}`)).status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    expect((await get(`/products/${HANDLE}`)).status).toBe(200)
    expect(await eventually("/products?town=songyuan", inTown)).toBe(true)
  })

  it("shows a price list's price from its start, when nothing is written (the worker's minute job)", async () => {
    const path = `/products/${HANDLE}`
    const { product } = await admin(`/admin/products/${productId}?fields=id,*variants`)
    const five = product.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
    const startsAt = Date.now() + 20_000
    await admin("/admin/price-lists", {
      title: "中秋特价",
      description: "金柚中秋特价",
      type: "sale",
      status: "active",
      starts_at: new Date(startsAt).toISOString(),
      prices: [{ variant_id: five.id, currency_code: "cny", amount: 27.8 }],
    })
    const onSale = (html: string) => html.includes("¥27.80")
    // the list's creation expires the page (its event): rendered again before its start
    expect(await cachedNow(path)).toBe(true)
    const before = await get(path)
    expect(Date.now()).toBeLessThan(startsAt)
    expect(before.cache).toBe("HIT")
    expect(onSale(before.html)).toBe(false)
    // from the start, within the job's minute, not the pages' own 300 s
    let shownAt = 0
    while (!shownAt && Date.now() < startsAt + 90_000) {
      if (onSale((await get(path)).html)) shownAt = Date.now()
      else await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(shownAt).toBeGreaterThanOrEqual(startsAt)
    await page.goto(`${shop.storefrontUrl}${path}`)
    const price = page.locator('[data-testid="variant"][data-variant-title="5斤/箱"]')
    expect(await price.getByTestId("variant-price").textContent()).toBe("¥27.80")
  }, 180_000)
})
