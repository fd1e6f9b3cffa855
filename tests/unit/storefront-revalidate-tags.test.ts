/**
 * Which storefront cache tags a backend event expires
 * (backend/src/utils/storefront-tags.ts): one product's change expires its
 * page and the listings, never another product's page; an event whose
 * products cannot be read expires every product page. And which tags the
 * storefront's /api/revalidate takes (backend/src/shared/storefront-tags.ts).
 */
import type { GraphInput, Query } from "../../backend/src/utils/query"
import { isStorefrontTag } from "../../backend/src/shared/storefront-tags"
import { storefrontTagsOf } from "../../backend/src/utils/storefront-tags"
import { StorefrontTagWindow } from "../../backend/src/utils/storefront-tag-window"

type Row = Record<string, unknown>

/** A stand-in for Medusa's Query over a few rows per entity, filtered by one key (a list). */
function fakeQuery(tables: Record<string, Row[]>, calls: GraphInput[] = []): Query {
  return {
    graph: (async (input: GraphInput) => {
      calls.push(input)
      const [[key, filter]] = Object.entries(input.filters as Record<string, unknown>)
      const rows = tables[input.entity as string] ?? []
      if (key === "variants") {
        // products by their variants' ids, with those variants
        const ids = (filter as { id: string[] }).id
        const data = rows
          .map((row) => ({
            ...row,
            variants: (row.variants as Row[]).filter((v) => ids.includes(v.id as string)),
          }))
          .filter((row) => row.variants.length)
        return { data }
      }
      return { data: rows.filter((row) => (filter as string[]).includes(row[key] as string)) }
    }) as unknown as Query["graph"],
  }
}

const pomelo = "meixian-golden-pomelo"
const tea = "yannan-tea"
const tables: Record<string, Row[]> = {
  product: [
    { id: "prod_a", handle: pomelo, variants: [{ id: "var_a" }] },
    { id: "prod_b", handle: tea, variants: [{ id: "var_b" }] },
  ],
  product_variant_inventory_item: [{ inventory_item_id: "iitem_a", variant_id: "var_a" }],
  inventory_level: [{ id: "ilev_a", inventory_item_id: "iitem_a" }],
  reservation_item: [{ id: "res_a", inventory_item_id: "iitem_a" }],
  // the foreign key, or (as Query may answer) the relation's id
  price: [
    { id: "price_a", price_set: { id: "pset_a" } },
    { id: "price_ship", price_set_id: "pset_ship" },
  ],
  product_variant_price_set: [{ price_set_id: "pset_a", variant_id: "var_a" }],
  order: [{ id: "order_1", items: [{ product_handle: pomelo }, { product_handle: tea }] }],
}
const query = fakeQuery(tables)
const tagsOf = (name: string, data: unknown) => storefrontTagsOf(query, { name, data })

describe("the storefront tags of a backend event", () => {
  it("expires one product's page and the listings for its price, stock or variant", async () => {
    const own = ["products", "product:meixian-golden-pomelo"]
    expect(await tagsOf("product-variant.updated", { id: "var_a" })).toEqual(own)
    expect(await tagsOf("pricing.price.updated", { id: "price_a" })).toEqual(own)
    expect(await tagsOf("inventory-level.updated", { id: "ilev_a" })).toEqual(own)
    expect(await tagsOf("inventory.inventory-level.updated", { id: "ilev_a" })).toEqual(own)
    expect(await tagsOf("reservation-item.created", { id: "res_a" })).toEqual(own)
    expect(await tagsOf("inventory-item.updated", { id: "iitem_a" })).toEqual(own)
    expect(await tagsOf("product.created", { id: "prod_a" })).toEqual(own)
    expect(await tagsOf("provenance.product-partner.set", { id: "prod_a" })).toEqual(own)
    // never another product's page
    for (const tags of [
      await tagsOf("product-variant.updated", { id: "var_a" }),
      await tagsOf("inventory-level.updated", { id: "ilev_a" }),
    ]) {
      expect(tags).not.toContain("product:yannan-tea")
      expect(tags).not.toContain("product-pages")
    }
  })

  it("expires the pages of an order's products and the aid counter", async () => {
    expect(await tagsOf("order.placed", { id: "order_1" })).toEqual([
      "products",
      "product:meixian-golden-pomelo",
      "product:yannan-tea",
      "impact",
    ])
  })

  it("takes several ids at once, each product once", async () => {
    expect(await tagsOf("product-variant.updated", { id: ["var_a", "var_b", "var_a"] })).toEqual([
      "products",
      "product:meixian-golden-pomelo",
      "product:yannan-tea",
    ])
  })

  it("leaves the pages alone for a price of no product (a shipping option's)", async () => {
    expect(await tagsOf("pricing.price.created", { id: "price_ship" })).toEqual([])
    expect(await tagsOf("inventory-item.created", { id: "iitem_lost" })).toEqual([])
  })

  it("expires every product page when the products cannot be known", async () => {
    const broad = ["products", "product-pages"]
    // a row gone for good, an event without ids, a read that fails
    expect(await tagsOf("pricing.price.deleted", { id: "price_gone" })).toEqual(broad)
    expect(await tagsOf("product-variant.deleted", { id: ["var_a", "var_gone"] })).toEqual(broad)
    expect(await tagsOf("product.updated", {})).toEqual(broad)
    const failing: Query = {
      graph: (async () => {
        throw new Error("database away")
      }) as unknown as Query["graph"],
    }
    expect(
      await storefrontTagsOf(failing, { name: "inventory-level.updated", data: { id: "ilev_a" } })
    ).toEqual(broad)
    // what every product page shows: categories, towns and partners, price lists
    expect(await tagsOf("product-category.updated", { id: "pcat_1" })).toEqual([
      ...broad,
      "categories",
    ])
    expect(await tagsOf("provenance.partner.updated", { id: "partner_1" })).toEqual([
      ...broad,
      "provenance",
    ])
    expect(await tagsOf("pricing.price-list.updated", { id: "plist_1" })).toEqual(broad)
  })

  it("expires every product page for a product's edit (its handle may be new)", async () => {
    expect(await tagsOf("product.updated", { id: "prod_a" })).toEqual([
      "products",
      "product:meixian-golden-pomelo",
      "product-pages",
    ])
  })

  it("reads deleted rows too (a deleted variant's product page must go)", async () => {
    const calls: GraphInput[] = []
    await storefrontTagsOf(fakeQuery(tables, calls), {
      name: "product-variant.deleted",
      data: { id: "var_a" },
    })
    expect(calls[0]).toMatchObject({ entity: "product", withDeleted: true })
  })
})

describe("one coalescing window of events", () => {
  const broad = ["products", "product-pages"]
  const own = ["products", "product:meixian-golden-pomelo"]
  const inGroup = (name: string, group?: string) => ({
    name,
    metadata: group ? { eventGroupId: group } : {},
  })

  it("lets a variant's update cover its replaced prices (deleted for good, same workflow)", () => {
    const window = new StorefrontTagWindow()
    window.add(inGroup("pricing.price.deleted", "wf_1"), broad)
    window.add(inGroup("pricing.price.created", "wf_1"), own)
    window.add(inGroup("product-variant.updated", "wf_1"), own)
    expect(window.batch()).toEqual(own)
  })

  it("expires every product page for a deleted price no variant update of its workflow covers", () => {
    const other = new StorefrontTagWindow()
    other.add(inGroup("product-variant.updated", "wf_2"), own)
    other.add(inGroup("pricing.price.deleted", "wf_1"), broad)
    expect(new Set(other.batch())).toEqual(new Set([...own, ...broad]))
    const alone = new StorefrontTagWindow()
    alone.add(inGroup("pricing.price.deleted", "wf_1"), broad)
    expect(alone.batch()).toEqual(broad)
    const ungrouped = new StorefrontTagWindow()
    ungrouped.add(inGroup("product-variant.updated"), own)
    ungrouped.add(inGroup("pricing.price.deleted"), broad)
    expect(new Set(ungrouped.batch())).toEqual(new Set([...own, ...broad]))
  })

  it("waits for every joined event's reads, however late they finish", async () => {
    const window = new StorefrontTagWindow()
    let readVariant: (tags: string[]) => void = () => undefined
    window.join(inGroup("pricing.price.deleted", "wf_1"), Promise.resolve(broad))
    window.join(
      inGroup("product-variant.updated", "wf_1"),
      new Promise<string[]>((resolve) => (readVariant = resolve))
    )
    window.join(inGroup("order.placed"), Promise.reject(new Error("database away")))
    const settled = window.settled()
    readVariant(own)
    await settled
    // the deletion covered by the variant's update; the failed read names every product page
    expect(new Set(window.batch())).toEqual(new Set([...own, "product-pages"]))
  })

  it("keeps every other event's tags as they are, each once", () => {
    const window = new StorefrontTagWindow()
    window.add(inGroup("product-category.updated", "wf_1"), [...broad, "categories"])
    window.add(inGroup("product-variant.updated", "wf_1"), own)
    window.add(inGroup("order.placed", "wf_3"), [...own, "impact"])
    expect(window.batch()).toEqual([
      ...broad,
      "categories",
      "product:meixian-golden-pomelo",
      "impact",
    ])
  })
})

describe("the tags the storefront's revalidate route takes", () => {
  it("takes the known tags and a product's with a valid handle, nothing else", () => {
    for (const tag of ["products", "product-pages", "categories", "provenance", "impact"]) {
      expect(isStorefrontTag(tag), tag).toBe(true)
    }
    expect(isStorefrontTag("product:meixian-golden-pomelo")).toBe(true)
    for (const tag of ["product:", "product:../x", "product:Big", "anything", "_N_T_/layout"]) {
      expect(isStorefrontTag(tag), tag).toBe(false)
    }
  })
})
