/**
 * Medusa's cart workflows cache their catalogue reads (the region, the sales
 * channel's stock locations, shipping options with their prices, variants
 * with their stock, price sets). The shop keeps them under the catalogue's
 * version (modules/caching-versioned): a buyer's next call answers from
 * them, a change made with no event at all (plain SQL here: a shipping
 * price, a shipping option removed, a product renamed) is read anew by the
 * very next store call, and nothing of a buyer is kept.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { GUANGZHOU_ADDRESS, placeOrder, prepareCart } from "../../fixtures/orders"

const RICE = "shejiang-simiao-rice"
const STORE_KEY_TAG = "LinkPublishableApiKeySalesChannel:list:*"
/** A flat-priced option (标准快递 and the other deliveries are priced by weight by the freight module). */
const PICKUP = "广州展厅自提"

type Provider = {
  /** the answers kept by every tracked table's version (they name stock) */
  versioned: Map<string, string>
  /** the answers kept by the version of every table but the stock's */
  versionedExceptStock: Map<string, string>
  get(input: { key?: string; tags?: string[] }): Promise<object | null>
}

shopSuite(({ api, store, getContainer, dbConnection }) => {
  const provider = () =>
    (getContainer().resolve(Modules.CACHING) as any).providerService.retrieveProvider(
      "caching-versioned"
    ) as Provider

  /** Counts the answers the provider gives from what it keeps while `work` runs. */
  async function hitsDuring(work: () => Promise<unknown>) {
    const kept = provider()
    const get = kept.get
    let hits = 0
    kept.get = async function (input) {
      const answer = await get.call(this, input)
      // the publishable-key check is kept apart (store-key-check.test.ts)
      if (answer !== null && !input.tags?.includes(STORE_KEY_TAG)) hits++
      return answer
    }
    try {
      await work()
    } finally {
      kept.get = get
    }
    return hits
  }

  /** A cart with one of `handle` (a bag of rice), an address and its delivery chosen. */
  const cartWith = (handle = RICE) =>
    prepareCart(api, getContainer(), store, {
      lines: [{ handle, quantity: 1 }],
      email: "cache-buyer@example.cn",
    })

  /** The pickup option as the cart's listing shows it (undefined when it is not listed). */
  const pickup = async (cartId: string) => {
    const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    const options = data.shipping_options as { id: string; name: string; amount: number }[]
    return options.find((o) => o.name === PICKUP)
  }

  /** The first variant of `handle`. */
  const variantOf = async (handle = RICE) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id"],
      filters: { handle },
    })
    const variant = data[0].variants[0]
    return { id: variant.id as string }
  }

  it("answers a buyer's next calls from the checkout's reads, and keeps nothing of the buyer", async () => {
    const { cartId, headers } = await cartWith()
    expect(provider().versioned.size, "answers kept").toBeGreaterThan(0)
    expect(await hitsDuring(() => pickup(cartId)), "listing hits").toBeGreaterThan(0)
    const { id } = await variantOf()
    expect(
      await hitsDuring(() =>
        api.post(`/store/carts/${cartId}/line-items`, { variant_id: id, quantity: 1 }, headers)
      )
    ).toBeGreaterThan(0)

    const kept = [
      ...provider().versioned.values(),
      ...provider().versionedExceptStock.values(),
    ].join("\n")
    expect(kept).not.toContain(cartId)
    expect(kept).not.toContain("cache-buyer@example.cn")
    expect(kept).not.toContain(GUANGZHOU_ADDRESS.address_1)
  })

  it("keeps the region and shipping reads across another buyer's order, and reads stock anew", async () => {
    const { cartId, headers } = await cartWith()
    expect(await pickup(cartId)).toBeDefined()
    const steady = new Set(provider().versionedExceptStock.keys())
    expect(steady.size, "region and shipping reads kept").toBeGreaterThan(0)

    // another buyer's order: its reservation writes the stock tables alone
    await placeOrder(api, getContainer(), store, {
      lines: [{ handle: RICE, quantity: 1 }],
      email: "other-buyer@example.cn",
    })
    const kept = provider()
    const get = kept.get
    let hits = 0
    let misses = 0
    kept.get = async function (input) {
      const answer = await get.call(this, input)
      if (input.key && steady.has(input.key)) {
        if (answer === null) misses++
        else hits++
      }
      return answer
    }
    try {
      expect(await pickup(cartId)).toBeDefined()
    } finally {
      kept.get = get
    }
    expect({ hits: hits > 0, misses }).toEqual({ hits: true, misses: 0 })

    // a stock level changed in SQL alone: the reads of stock go, the others stay
    const { id } = await variantOf()
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: id, quantity: 1 }, headers)
    const stock = [...kept.versioned.keys()]
    const others = [...kept.versionedExceptStock.keys()]
    expect(stock.length, "variant reads kept").toBeGreaterThan(0)
    await dbConnection.raw(
      `UPDATE inventory_level SET stocked_quantity = stocked_quantity + 1
        WHERE id = (SELECT id FROM inventory_level WHERE deleted_at IS NULL LIMIT 1)`
    )
    for (const key of others) expect(await kept.get({ key }), key).not.toBeNull()
    for (const key of stock) expect(await kept.get({ key }), key).toBeNull()
  })

  it("lists a shipping price changed in SQL alone at once, and drops a pickup point taken off the shop so", async () => {
    const { cartId } = await cartWith()
    const before = await pickup(cartId)
    expect(before).toBeDefined()
    // the listing reads the sales channel's stock locations from what was kept
    expect(await hitsDuring(() => pickup(cartId)), "listing hits").toBeGreaterThan(0)

    await dbConnection.raw(
      `UPDATE price SET amount = amount + 7,
              raw_amount = jsonb_build_object('value', (amount + 7)::text, 'precision', 20)
        WHERE currency_code = 'cny' AND deleted_at IS NULL AND price_set_id IN
              (SELECT price_set_id FROM shipping_option_price_set
                WHERE shipping_option_id = ? AND deleted_at IS NULL)`,
      [before!.id]
    )
    expect((await pickup(cartId))!.amount).toBe(before!.amount + 7)

    // the showroom no longer a stock location of the shop's sales channel: its pickup goes
    await dbConnection.raw(
      `UPDATE sales_channel_stock_location SET deleted_at = now()
        WHERE deleted_at IS NULL AND stock_location_id IN
              (SELECT sl.id FROM stock_location sl
                 JOIN location_fulfillment_set lfs ON lfs.stock_location_id = sl.id
                 JOIN service_zone sz ON sz.fulfillment_set_id = lfs.fulfillment_set_id
                 JOIN shipping_option so ON so.service_zone_id = sz.id
                WHERE so.id = ?)`,
      [before!.id]
    )
    expect(await pickup(cartId)).toBeUndefined()
  })

  it("names a product renamed in SQL alone at once on the next cart line", async () => {
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
    const { id } = await variantOf()
    /** A new cart with one bag of rice: the line's product title as the cart names it. */
    const lineTitle = async () => {
      const { data } = await api.post("/store/carts", { region_id: region.id }, store)
      const { data: added } = await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: id, quantity: 1 },
        store
      )
      return added.cart.items[0].product_title as string
    }
    const title = await lineTitle()
    // the second cart's line is made from the variant read kept for the first
    expect(await hitsDuring(async () => expect(await lineTitle()).toBe(title))).toBeGreaterThan(0)

    await dbConnection.raw(`UPDATE product SET title = ? WHERE handle = ?`, [
      `${title}（新米）`,
      RICE,
    ])
    expect(await lineTitle()).toBe(`${title}（新米）`)
  })
})
