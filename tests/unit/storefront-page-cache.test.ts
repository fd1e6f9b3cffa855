/**
 * Which public URLs the storefront serves from its page cache, and under which
 * cached path (storefront/lib/page-cache/paths.ts, used by storefront/proxy.ts).
 */
import { cachedPath, catalogParams, monthOf } from "@/lib/page-cache/paths"

const path = (url: string, month = 11) => {
  const parsed = new URL(url, "http://shop")
  return cachedPath(parsed.pathname, parsed.searchParams, month)
}

describe("the page cache's paths", () => {
  it("keys the home, product, town and partner pages by the month in China", () => {
    expect(path("/")).toBe("/cached/11/home")
    expect(path("/", 1)).toBe("/cached/1/home")
    expect(path("/products/meixian-golden-pomelo")).toBe(
      "/cached/11/products/meixian-golden-pomelo"
    )
    expect(path("/towns/bingcun", 12)).toBe("/cached/12/towns/bingcun")
    expect(path("/partners/songyuan-mountain-coop")).toBe(
      "/cached/11/partners/songyuan-mountain-coop"
    )
  })

  it("keys the catalog by its query in the short form only", () => {
    expect(path("/products")).toBe("/cached/11/catalog/all")
    const key = path("/products?town=bingcun&sort=price_asc&page=2")!.split("/").pop()!
    expect(decodeURIComponent(key)).toBe("town=bingcun&sort=price_asc&page=2")
    expect(catalogParams(decodeURIComponent(key))).toEqual({
      town: "bingcun",
      sort: "price_asc",
      page: "2",
    })
    // Next's own `_rsc` parameter is not part of the page
    expect(path("/products?_rsc=abc")).toBe("/cached/11/catalog/all")
    // long forms are left to the page, which redirects them
    expect(path("/products?sort=newest")).toBeNull()
    expect(path("/products?page=1&town=")).toBeNull()
    expect(path("/products?colour=red")).toBeNull()
    // a handle that needs escaping is not cached
    expect(path(`/products?category=${encodeURIComponent("柚子")}`)).toBeNull()
  })

  it("refuses cached paths that no public URL leads to", () => {
    expect(catalogParams("all")).toEqual({})
    expect(catalogParams("sort=newest")).toBeNull()
    expect(catalogParams("page=2&town=bingcun")).toBeNull()
    expect(catalogParams("nonsense")).toBeNull()
    expect(monthOf("11")).toBe(11)
    expect(monthOf("0")).toBeNull()
    expect(monthOf("13")).toBeNull()
    expect(monthOf("011")).toBeNull()
  })

  it("leaves every other page to be rendered per request", () => {
    for (const url of ["/cart", "/checkout", "/search?q=柚", "/towns", "/account", "/unit/prices"])
      expect(path(url)).toBeNull()
    expect(path("/products/%E9%87%91%E6%9F%9A")).toBeNull()
    expect(path("/products/a/b")).toBeNull()
  })
})
