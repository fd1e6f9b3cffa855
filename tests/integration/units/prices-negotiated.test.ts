/**
 * Negotiated prices (协议价): the support team gives one unit its own tiers
 * (/admin/units/:id/prices). Medusa's pricing then picks, for the quantity, the
 * lowest of the override lists that apply to the member (the unit tiers of
 * every verified unit, the unit's own list), in the product routes, the cart
 * and the bulk-order preview; unit B's members never get or read unit A's
 * prices; a disabled unit's list stops, a period outside today stops it too.
 */
import { shopSuite } from "../../fixtures/http"
import { bulkRow, bulkRowObject } from "../../fixtures/bulk-orders"
import { RICE_TIERS, RICE_10J, unitPrices } from "../../fixtures/unit-prices"
import { units } from "../../fixtures/units"

/** A's agreement: ¥62 from 1 box, ¥52 from 100 (the unit tiers: 64 / 60 from 50 / 56.50 from 200). */
const A_TIERS = [
  { min_quantity: 1, amount: "62.00" },
  { min_quantity: 100, amount: "52.00" },
]

shopSuite((suite) => {
  const { api } = suite
  const { unitWithMembers, adminCall, storeCall } = units(suite)
  const { variantId, shownPrice, cartWith, setTiers } = unitPrices(suite)

  const negotiate = async (unitId: string, body: unknown, expected = 200) => {
    const r = await adminCall("POST", `/admin/units/${unitId}/prices/${await variantId()}`, body)
    expect(r.status, JSON.stringify(r.data)).toBe(expected)
    return r.data
  }

  it("a unit's member pays the lowest applicable price for the quantity; unit B sees nothing of A's", async () => {
    expect((await setTiers(await variantId(), { tiers: RICE_TIERS })).status).toBe(200)
    const a = await unitWithMembers(90)
    const b = await unitWithMembers(91)
    const set = await negotiate(a.unit.id, { tiers: A_TIERS })
    expect(set.price_list).toMatchObject({ status: "active", valid_from: null, valid_until: null })
    expect(set.variants).toHaveLength(1)
    expect(set.variants[0]).toMatchObject({
      id: await variantId(),
      retail_price: "68.00",
      negotiated_tiers: [
        { min_quantity: 1, max_quantity: 99, amount: "62.00" },
        { min_quantity: 100, max_quantity: null, amount: "52.00" },
      ],
    })
    expect(set.variants[0].tiers).toHaveLength(3)

    // the product route (no quantity: the tiers from 1)
    expect(await shownPrice(a.buyer)).toBe(62)
    expect(await shownPrice(a.finance)).toBe(62)
    expect(await shownPrice(b.buyer)).toBe(64)
    expect(await shownPrice()).toBe(RICE_10J.retail)

    // the cart: 49 → 62 (A), 50 → 60 (unit tier below A's 62), 100 → 52 (A), 200 → 52 (below 56.50)
    const { cartId, line } = await cartWith(49, a.buyer)
    expect(line.unit_price).toBe(62)
    const update = async (quantity: number) => {
      const r = await storeCall("POST", `/store/carts/${cartId}/line-items/${line.id}`, a.buyer, {
        quantity,
      })
      expect(r.status, JSON.stringify(r.data)).toBe(200)
      return r.data.cart.items[0].unit_price
    }
    expect(await update(50)).toBe(60)
    expect(await update(100)).toBe(52)
    expect(await update(200)).toBe(52)
    expect((await cartWith(100, b.buyer)).line.unit_price).toBe(60)
    expect((await cartWith(200, b.buyer)).line.unit_price).toBe(56.5)

    // the bulk-order preview prices through the same pricing
    const rows = [bulkRowObject(bulkRow(1, RICE_10J.sku, 100))]
    const preview = await storeCall("POST", "/store/units/me/bulk-orders/preview", a.buyer, {
      rows,
    })
    expect(preview.status, JSON.stringify(preview.data)).toBe(200)
    expect(preview.data.rows[0].unit_price).toBe("52.00")
    expect(preview.data.rows[0].line_total).toBe("5200.00")
    const bPreview = await storeCall("POST", "/store/units/me/bulk-orders/preview", b.buyer, {
      rows,
    })
    expect(bPreview.data.rows[0].unit_price).toBe("60.00")

    // the tiers route: A's own tiers for A's members, none of A's for B's
    const mine = await storeCall("GET", "/store/units/me/prices", a.buyer)
    const id = await variantId()
    expect(mine.data.unit_prices.find((p: any) => p.variant_id === id).negotiated_tiers).toEqual(
      set.variants[0].negotiated_tiers
    )
    const theirs = await storeCall("GET", "/store/units/me/prices", b.admin)
    expect(theirs.data.unit_prices.find((p: any) => p.variant_id === id).negotiated_tiers).toEqual(
      []
    )
    // nothing of A's list reaches B, a stranger or a plain visitor, whatever fields they ask
    for (const auth of [b.buyer, b.admin, undefined]) {
      for (const fields of [
        "*variants.calculated_price",
        "*variants.prices",
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
        expect(r.status, fields).toBeLessThan(500)
        const text = JSON.stringify(r.data)
        for (const leak of ['"amount":62', '"amount":52', "协议价", set.price_list.id]) {
          expect(text, `${fields}: ${leak}`).not.toContain(leak)
        }
      }
    }
    for (const row of theirs.data.unit_prices) expect(row.negotiated_tiers).toEqual([])
  })

  it("the list follows the unit and its period; removal, refusals and bad input", async () => {
    const a = await unitWithMembers(92)
    const id = await variantId()
    await negotiate(a.unit.id, { tiers: [{ min_quantity: 1, amount: "50.00" }] })
    expect(await shownPrice(a.buyer)).toBe(50)

    // disabled: the list is draft and nobody pays it; enabled again, it applies again
    expect(
      (await adminCall("POST", `/admin/units/${a.unit.id}/disable`, { reason: "测试" })).status
    ).toBe(200)
    const off = await adminCall("GET", `/admin/units/${a.unit.id}/prices`)
    expect(off.data.price_list.status).toBe("draft")
    expect(await shownPrice(a.buyer)).toBe(RICE_10J.retail)
    expect((await adminCall("POST", `/admin/units/${a.unit.id}/verify`)).status).toBe(200)
    expect(await shownPrice(a.buyer)).toBe(50)

    // a period that starts tomorrow: not yet; an open one: again
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)
    const later = await adminCall("POST", `/admin/units/${a.unit.id}/prices`, {
      valid_from: tomorrow,
      valid_until: null,
    })
    expect(later.status, JSON.stringify(later.data)).toBe(200)
    expect(later.data.price_list).toMatchObject({ valid_from: tomorrow, valid_until: null })
    expect(await shownPrice(a.buyer)).not.toBe(50)
    const mine = await storeCall("GET", "/store/units/me/prices", a.buyer)
    const row = mine.data.unit_prices.find((p: any) => p.variant_id === id)
    expect(row?.negotiated_tiers ?? []).toEqual([])
    const open = await adminCall("POST", `/admin/units/${a.unit.id}/prices`, {
      valid_from: null,
      valid_until: null,
    })
    expect(open.status).toBe(200)
    expect(await shownPrice(a.buyer)).toBe(50)

    // bad input: 400 in Chinese, nothing changed
    for (const [body, text] of [
      [{ valid_from: "2027-02-01", valid_until: "2027-01-01" }, "截止日期"],
      [{ valid_from: "2027-02-30", valid_until: null }, "没有这一天"],
    ] as const) {
      const r = await adminCall("POST", `/admin/units/${a.unit.id}/prices`, body)
      expect(r.status, JSON.stringify(r.data)).toBe(400)
      expect(r.data.message).toContain(text)
    }
    const rising = await negotiate(
      a.unit.id,
      {
        tiers: [
          { min_quantity: 1, amount: "50.00" },
          { min_quantity: 10, amount: "51.00" },
        ],
      },
      400
    )
    expect(rising.message).toContain("单价应低于")
    expect(
      (await negotiate(a.unit.id, { tiers: [{ min_quantity: 1, amount: "70.00" }] }, 400)).message
    ).toContain("高于零售价")
    expect(await shownPrice(a.buyer)).toBe(50)

    // a unit never verified has no group: no negotiated prices yet; an unknown unit or variant: 404
    const pending = await unitWithMembers(93, { verify: false })
    const refused = await negotiate(pending.unit.id, { tiers: A_TIERS }, 400)
    expect(refused.message).toContain("单位认证后")
    expect((await adminCall("GET", `/admin/units/unit_nope/prices`)).status).toBe(404)
    expect(
      (await adminCall("POST", `/admin/units/${a.unit.id}/prices/variant_nope`, { tiers: A_TIERS }))
        .status
    ).toBe(404)

    // a renamed unit's list follows its name (Medusa's price list page shows it)
    const renamed = await adminCall("POST", `/admin/units/${a.unit.id}`, {
      name: "梅县区新名称单位",
    })
    expect(renamed.status, JSON.stringify(renamed.data)).toBe(200)
    const listId = (await adminCall("GET", `/admin/units/${a.unit.id}/prices`)).data.price_list.id
    const list = await adminCall("GET", `/admin/price-lists/${listId}`)
    expect(list.data.price_list.title).toBe("协议价 · 梅县区新名称单位")

    // removed: the member pays the retail price again, the list has no variant left
    const removed = await adminCall("DELETE", `/admin/units/${a.unit.id}/prices/${id}`)
    expect(removed.status, JSON.stringify(removed.data)).toBe(200)
    expect(removed.data.variants).toEqual([])
    expect(await shownPrice(a.buyer)).toBe(RICE_10J.retail)
  })
})
