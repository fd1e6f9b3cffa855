/**
 * What each shopper pays for a variant with unit prices: a member of a
 * verified unit gets the unit price from Medusa's own pricing (product route
 * and cart), and the tier when a cart line reaches 50; members of a pending
 * or a disabled unit, a plain buyer and a stranger get the retail price, on
 * every `fields=` they may ask for. /store/units/me/prices answers the tiers
 * to a verified unit's members only.
 */
import { shopSuite } from "../../fixtures/http"
import { RICE_TIERS, RICE_10J, unitPrices } from "../../fixtures/unit-prices"
import { units } from "../../fixtures/units"

shopSuite((suite) => {
  const { api } = suite
  const { unitWithMembers, customer, adminCall, storeCall } = units(suite)
  const { variantId, shownPrice, cartWith, setTiers, product } = unitPrices(suite)

  const withTiers = async () => {
    const set = await setTiers(await variantId(), { tiers: RICE_TIERS })
    expect(set.status, JSON.stringify(set.data)).toBe(200)
  }

  it("a verified unit's member sees the unit price and the tiers; its cart line is re-priced at 50", async () => {
    await withTiers()
    const a = await unitWithMembers(80)
    expect(await shownPrice(a.buyer)).toBe(64)
    expect(await shownPrice()).toBe(RICE_10J.retail)

    const { data } = await storeCall("GET", `/store/units/me/prices`, a.buyer)
    const id = await variantId()
    expect(data.unit_prices.find((p: any) => p.variant_id === id).tiers).toEqual([
      { min_quantity: 1, max_quantity: 49, amount: "64.00" },
      { min_quantity: 50, max_quantity: 199, amount: "60.00" },
      { min_quantity: 200, max_quantity: null, amount: "56.50" },
    ])

    // the cart prices by the line's quantity: 49 → ¥64, 50 → ¥60, 200 → ¥56.50, back to 10 → ¥64
    const { cartId, line } = await cartWith(49, a.buyer)
    expect(line.unit_price).toBe(64)
    const update = async (quantity: number) => {
      const r = await storeCall("POST", `/store/carts/${cartId}/line-items/${line.id}`, a.buyer, {
        quantity,
      })
      expect(r.status, JSON.stringify(r.data)).toBe(200)
      return r.data.cart
    }
    expect((await update(50)).items[0].unit_price).toBe(60)
    const at200 = await update(200)
    expect(at200.items[0].unit_price).toBe(56.5)
    expect(at200.item_subtotal).toBe(11300)
    expect((await update(10)).items[0].unit_price).toBe(64)
    // adding to the line merges and prices the total: 10 + 40 = 50 → ¥60
    const added = await storeCall("POST", `/store/carts/${cartId}/line-items`, a.buyer, {
      variant_id: id,
      quantity: 40,
    })
    expect(added.data.cart.items).toHaveLength(1)
    expect(added.data.cart.items[0]).toMatchObject({ quantity: 50, unit_price: 60 })
    // a unit price the client names is not taken
    const forged = await storeCall(
      "POST",
      `/store/carts/${cartId}/line-items/${line.id}`,
      a.buyer,
      {
        quantity: 50,
        unit_price: 1,
      }
    )
    expect(forged.status).toBe(400)
  })

  it("pending and disabled units' members, plain buyers and strangers get the retail price only", async () => {
    await withTiers()
    const pending = await unitWithMembers(81, { verify: false })
    const disabled = await unitWithMembers(82)
    expect(await shownPrice(disabled.buyer)).toBe(64)
    const off = await adminCall("POST", `/admin/units/${disabled.unit.id}/disable`, {
      reason: "测试",
    })
    expect(off.status, JSON.stringify(off.data)).toBe(200)
    const plain = await customer("plain-buyer@unit-test.example.cn")
    const id = await variantId()

    for (const [who, auth] of [
      ["pending", pending.admin],
      ["disabled", disabled.buyer],
      ["plain", plain],
      ["stranger", undefined],
    ] as const) {
      expect(await shownPrice(auth), who).toBe(RICE_10J.retail)
      // no field reaches the unit price list's prices
      for (const fields of [
        "*variants.calculated_price",
        "*variants.prices",
        "*variants.price_set",
        "*variants.price_set.prices",
        "variants.price_set.prices.amount,variants.price_set.prices.price_list_id",
        "*variants.price_set.prices.price_list",
      ]) {
        const r = await api.get(
          `/store/products?handle=${RICE_10J.handle}&fields=${encodeURIComponent(fields)}`,
          {
            headers: { ...suite.store.headers, ...(auth?.headers ?? {}) },
            validateStatus: () => true,
          }
        )
        expect(r.status, `${who} ${fields}`).toBeLessThan(500)
        const text = JSON.stringify(r.data)
        for (const amount of ["56.5", '"amount":64', '"amount":60', "单位价"]) {
          expect(text, `${who} ${fields}`).not.toContain(amount)
        }
      }
      const { line } = await cartWith(50, auth)
      expect(line.unit_price, who).toBe(RICE_10J.retail)
    }
    // the tiers route: empty for pending and disabled units, 404 for a customer of no unit, 401 for a stranger
    for (const auth of [pending.buyer, disabled.admin]) {
      const r = await storeCall("GET", "/store/units/me/prices", auth)
      expect(r.status).toBe(200)
      expect(r.data.unit_prices).toEqual([])
    }
    expect((await storeCall("GET", "/store/units/me/prices", plain)).status).toBe(404)
    expect((await storeCall("GET", "/store/units/me/prices")).status).toBe(401)

    // enabled again, the members have their prices back; a removed member loses them
    const on = await adminCall("POST", `/admin/units/${disabled.unit.id}/verify`)
    expect(on.status, JSON.stringify(on.data)).toBe(200)
    expect(await shownPrice(disabled.buyer)).toBe(64)
    const removed = await storeCall(
      "DELETE",
      `/store/units/me/members/${disabled.buyerMemberId}`,
      disabled.admin
    )
    expect(removed.status, JSON.stringify(removed.data)).toBe(200)
    expect(await shownPrice(disabled.buyer)).toBe(RICE_10J.retail)
    expect(await shownPrice(disabled.finance)).toBe(64)
    expect(id).toBeTruthy()
    expect((await product(disabled.admin)).variants.length).toBeGreaterThan(1)
  })
})
