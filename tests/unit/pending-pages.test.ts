/**
 * What the catalogue's triggers note of each table's rows, and how pending
 * changes turn into the storefront's cache tags and back
 * (backend/src/modules/catalogue-changes, backend/src/utils/pending-pages.ts).
 */
import { describe, expect, it } from "vitest"
import { triggerKey } from "../../backend/src/modules/catalogue-changes/tracked-tables"
import {
  EVERY_CATALOGUE_TAG,
  pendingCoveredBy,
  tagsOfPending,
} from "../../backend/src/utils/pending-pages"

describe("the key a table's trigger notes", () => {
  it("leads each product table's rows to their product", () => {
    expect(triggerKey("product", ["id", "handle"])).toEqual(["product", "id"])
    expect(triggerKey("product_variant", ["id", "product_id"])).toEqual(["product", "product_id"])
    expect(triggerKey("image", ["id", "url", "product_id"])).toEqual(["product", "product_id"])
    expect(triggerKey("product_variant_price_set", ["variant_id", "price_set_id"])).toEqual([
      "variant",
      "variant_id",
    ])
    expect(triggerKey("price", ["id", "price_set_id", "price_list_id"])).toEqual([
      "price_set",
      "price_set_id",
    ])
    expect(triggerKey("price_rule", ["id", "price_id"])).toEqual(["price", "price_id"])
    expect(triggerKey("inventory_item", ["id", "sku"])).toEqual(["inventory_item", "id"])
    expect(triggerKey("reservation_item", ["id", "inventory_item_id"])).toEqual([
      "inventory_item",
      "inventory_item_id",
    ])
  })

  it("names every page for rows of no product, and nothing for what no page shows", () => {
    expect(triggerKey("price_list", ["id", "starts_at"])).toBe("all")
    expect(triggerKey("town", ["id", "name"])).toBe("all")
    expect(triggerKey("product_category", ["id", "parent_category_id"])).toBe("all")
    expect(triggerKey("shipping_option", ["id", "price_set_id"])).toBe("none")
    expect(triggerKey("promotion_campaign_budget", ["id"])).toBe("none")
    expect(triggerKey("customer_group_customer", ["customer_id"])).toBe("none")
  })
})

describe("pending changes as the storefront's tags", () => {
  it("sends a product's page and the listings, every catalogue tag for `everything`, nothing for none", () => {
    expect(tagsOfPending({ everything: false, handles: ["a", "b"] })).toEqual([
      "products",
      "product:a",
      "product:b",
    ])
    expect(tagsOfPending({ everything: true, handles: ["a"] })).toEqual(EVERY_CATALOGUE_TAG)
    expect(tagsOfPending({ everything: false, handles: [] })).toEqual([])
  })

  it("covers with a send what its tags expire, and no more", () => {
    expect(pendingCoveredBy(["products", "product:a"])).toEqual({
      everything: false,
      allProducts: false,
      handles: ["a"],
    })
    // a product page without the listings leaves the listings' part to the job
    expect(pendingCoveredBy(["product:a"])).toEqual({
      everything: false,
      allProducts: false,
      handles: [],
    })
    expect(pendingCoveredBy(["products", "product-pages"])).toMatchObject({
      everything: false,
      allProducts: true,
    })
    expect(pendingCoveredBy(["impact", ...EVERY_CATALOGUE_TAG]).everything).toBe(true)
  })
})
