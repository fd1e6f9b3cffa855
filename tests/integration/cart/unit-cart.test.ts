/**
 * Large quantities, delivery priced by weight and a unit order's 采购单号:
 * the shipping options' prices come from shared/freight.ts through the
 * `freight` fulfillment provider, and the cart, the option list and the order
 * agree; express is not offered above 50 kg; a line holds up to 9,999 units.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expressFen } from "../../../backend/src/shared/freight"
import { shopSuite } from "../../fixtures/http"
import { BANK_TRANSFER, GUANGZHOU_ADDRESS, placeOrder } from "../../fixtures/orders"
import { units } from "../../fixtures/units"

const RICE = { handle: "shejiang-simiao-rice", variant: "10斤/袋" } // 5,150 g a bag
const BLUEBERRY = { handle: "shejiang-5g-blueberry", variant: "8盒×125g" } // 2,300 g a box

shopSuite((suite) => {
  const { api, store, getContainer } = suite
  const { customer, storeCall, unitWithMembers } = units(suite)

  /** Stocks a variant well enough for a canteen's order and answers its id. */
  async function stocked(line: { handle: string; variant: string }, quantity = 20_000) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
      filters: { handle: line.handle },
    })
    const variant = (data[0] as any).variants.find((v: any) => v.title === line.variant)
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const itemId = variant.inventory_items[0].inventory_item_id
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
    await inventory.updateInventoryLevels([
      { inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: quantity },
    ])
    return variant.id as string
  }

  async function cartWith(
    items: { variant_id: string; quantity: number }[],
    auth: Record<string, string> = {}
  ) {
    const headers = { headers: { ...store.headers, ...auth } }
    const { data: regions } = await api.get("/store/regions", headers)
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: regions.regions[0].id,
        items,
        email: "canteen@example.cn",
        shipping_address: GUANGZHOU_ADDRESS,
      },
      headers
    )
    return { id: data.cart.id as string, headers }
  }

  const optionsOf = async (cartId: string) => {
    const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    return Object.fromEntries(data.shipping_options.map((o: any) => [o.name, o]))
  }
  const pricesOf = async (cartId: string) =>
    Object.fromEntries(
      Object.entries(await optionsOf(cartId)).map(([name, o]: [string, any]) => [name, o.amount])
    )

  it("prices delivery by weight: express to 50 kg, 物流专线 and 冷链专线 per kilogram above", async () => {
    const rice = await stocked(RICE)
    const blueberry = await stocked(BLUEBERRY)

    // 6 bags, 30.9 kg: express waives its base (items over ¥99) and charges 21 kg beyond 10 kg
    const six = await cartWith([{ variant_id: rice, quantity: 6 }])
    const medium = await pricesOf(six.id)
    expect(medium["标准快递"]).toBe(42)
    expect(medium["物流专线"]).toBe(80) // 31 kg × ¥1.50 is below the ¥80 minimum
    expect(medium["广州展厅自提"]).toBe(0)

    // 200 bags, 1,030 kg (2,000 斤): no express, freight at ¥1.50 a kilogram
    const canteen = await cartWith([{ variant_id: rice, quantity: 200 }])
    const heavy = await pricesOf(canteen.id)
    expect(heavy["标准快递"]).toBeUndefined()
    expect(heavy["物流专线"]).toBe(1545)
    expect(heavy["广州展厅自提"]).toBe(0)

    // cold chain: 30 boxes of blueberries, 69 kg, go by 冷链专线 at ¥4 a kilogram
    const cold = await cartWith([{ variant_id: blueberry, quantity: 30 }])
    const chilled = await pricesOf(cold.id)
    expect(chilled["冷链配送"]).toBeUndefined()
    expect(chilled["冷链专线"]).toBe(276)

    // the calculate route agrees with the list, and express refuses the heavy cart in Chinese
    const options = await optionsOf(canteen.id)
    const { data: calculated } = await api.post(
      `/store/shipping-options/${options["物流专线"].id}/calculate`,
      { cart_id: canteen.id },
      store
    )
    expect(calculated.shipping_option.amount).toBe(1545)
    const express = (await optionsOf(six.id))["标准快递"].id
    const refused = await api.post(
      `/store/carts/${canteen.id}/shipping-methods`,
      { option_id: express },
      { ...canteen.headers, validateStatus: () => true }
    )
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/50 公斤/)

    // the cart's shipping total is the server's price, whatever the client sends
    await api.post(
      `/store/carts/${canteen.id}/shipping-methods`,
      { option_id: options["物流专线"].id, data: { amount: 1 } },
      canteen.headers
    )
    const { data } = await api.get(`/store/carts/${canteen.id}`, canteen.headers)
    expect(data.cart.shipping_total).toBe(1545)
  })

  it("charges express as listed, its base waived over ¥99 of items, on the cart and through the calculate route", async () => {
    const rice = await stocked(RICE)
    const blueberry = await stocked(BLUEBERRY)
    // 6 bags of rice (30.9 kg) and 2 boxes of blueberries (4.6 kg, cold chain): each class is
    // weighed apart, and the whole cart's item total waives each express base
    const cart = await cartWith([
      { variant_id: rice, quantity: 6 },
      { variant_id: blueberry, quantity: 2 },
    ])
    const listed = await optionsOf(cart.id)
    expect(listed["标准快递"].amount).toBe(42)
    const { data: before } = await api.get(`/store/carts/${cart.id}`, cart.headers)
    const itemTotalFen = Math.round(before.cart.item_total * 100)
    const cold = expressFen("cold_chain", 2 * 2_300, itemTotalFen)! / 100
    expect(listed["冷链配送"].amount).toBe(cold)

    for (const name of ["标准快递", "冷链配送"]) {
      const { data } = await api.post(
        `/store/shipping-options/${listed[name].id}/calculate`,
        { cart_id: cart.id },
        store
      )
      expect(data.shipping_option.amount).toBe(listed[name].amount)
    }

    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: listed["标准快递"].id },
      cart.headers
    )
    const { data } = await api.get(`/store/carts/${cart.id}`, cart.headers)
    expect(data.cart.shipping_total).toBe(42)
  })

  it("drops express from a cart that grows past 50 kg instead of refusing the new quantity", async () => {
    const rice = await stocked(RICE)
    const cart = await cartWith([{ variant_id: rice, quantity: 2 }])
    const express = (await optionsOf(cart.id))["标准快递"]
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: express.id },
      cart.headers
    )
    const { data: before } = await api.get(`/store/carts/${cart.id}`, cart.headers)
    const lineId = before.cart.items[0].id
    expect(before.cart.shipping_methods).toHaveLength(1)

    const { data: after } = await api.post(
      `/store/carts/${cart.id}/line-items/${lineId}`,
      { quantity: 200 },
      cart.headers
    )
    expect(after.cart.items[0].quantity).toBe(200)
    expect(after.cart.shipping_methods).toHaveLength(0)
  })

  it("holds up to 9,999 units on a line and refuses 10,000 with a 400", async () => {
    const rice = await stocked(RICE)
    const cart = await cartWith([{ variant_id: rice, quantity: 1 }])
    const { data } = await api.get(`/store/carts/${cart.id}`, cart.headers)
    const lineId = data.cart.items[0].id
    const set = (quantity: number) =>
      api.post(
        `/store/carts/${cart.id}/line-items/${lineId}`,
        { quantity },
        { ...cart.headers, validateStatus: () => true }
      )
    expect((await set(200)).status).toBe(200)
    const max = await set(9_999)
    expect(max.status).toBe(200)
    expect(max.data.cart.items[0].quantity).toBe(9_999)
    const over = await set(10_000)
    expect(over.status).toBe(400)
    expect(over.data.message).toMatch(/9999/)
    const added = await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: rice, quantity: 10_000 },
      { ...cart.headers, validateStatus: () => true }
    )
    expect(added.status).toBe(400)
  })

  it("places a 200-bag order by 物流专线 with the freight price on the order", async () => {
    await stocked(RICE)
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ ...RICE, quantity: 200 }],
      provider_id: BANK_TRANSFER,
    })
    expect(order.shipping_methods.map((m: any) => m.name)).toEqual(["物流专线"])
    expect(Number(order.shipping_total)).toBe(1545)
  })

  it("carries a verified unit's 采购单号 and 备注 to the order; others are refused", async () => {
    const rice = await stocked(RICE)
    const unit = await unitWithMembers(81)
    const pending = await unitWithMembers(82, { verify: false })
    const stranger = await customer("stranger@unit-cart.example.cn")

    const cart = await cartWith([{ variant_id: rice, quantity: 200 }], unit.buyer.headers)
    // the storefront's checkout writes its own metadata first, as Medusa's cart update
    await api.post(
      `/store/carts/${cart.id}`,
      { metadata: { contact: "13800138000", contact_kind: "mobile" } },
      cart.headers
    )
    const note = (auth: any, body: unknown, id = cart.id) =>
      storeCall("POST", `/store/carts/${id}/unit-order`, auth, body)

    const written = await note(unit.buyer, { po_number: "CG-2026-1201", unit_note: "食堂后门卸货" })
    expect(written.status, JSON.stringify(written.data)).toBe(200)
    expect(written.data.unit_order).toEqual({
      po_number: "CG-2026-1201",
      unit_note: "食堂后门卸货",
    })

    // limits, plain text, and who may write
    const long = await note(unit.buyer, { po_number: "P".repeat(41) })
    expect(long.status).toBe(400)
    expect(long.data.message).toMatch(/采购单号最多 40 个字/)
    expect((await note(unit.buyer, { unit_note: "注".repeat(201) })).status).toBe(400)
    expect((await note(unit.buyer, { po_number: "A\nB" })).status).toBe(400)
    expect((await note(unit.finance, { po_number: "X" })).status).toBe(403)
    expect((await note(pending.buyer, { po_number: "X" })).status).toBe(403)
    expect((await note(stranger, { po_number: "X" })).status).toBe(404)
    expect((await note(undefined, { po_number: "X" })).status).toBe(401)
    // another member's cart is not found; nor can the keys be written through Medusa's cart update
    expect((await note(unit.admin, { po_number: "X" })).status).toBe(404)
    const around = await api.post(
      `/store/carts/${cart.id}`,
      { metadata: { po_number: "X" } },
      { ...cart.headers, validateStatus: () => true }
    )
    expect(around.status).toBe(400)

    const options = await optionsOf(cart.id)
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: options["物流专线"].id },
      cart.headers
    )
    const { data: collection } = await api.post(
      "/store/payment-collections",
      { cart_id: cart.id },
      cart.headers
    )
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: BANK_TRANSFER },
      cart.headers
    )
    const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, cart.headers)
    expect(done.type).toBe("order")
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "metadata"],
      filters: { id: done.order.id },
    })
    expect(orders[0].metadata).toMatchObject({
      po_number: "CG-2026-1201",
      unit_note: "食堂后门卸货",
      contact: "13800138000",
    })
    // and the buyer reads them on the order (the storefront's confirmation)
    const read = (auth: any) => storeCall("GET", `/store/orders/${done.order.id}/unit-order`, auth)
    const mine = await read(unit.buyer)
    expect(mine.status).toBe(200)
    expect(mine.data.unit_order).toEqual({ po_number: "CG-2026-1201", unit_note: "食堂后门卸货" })
    // nobody else reads it: another member of the unit, a stranger, nobody signed in
    expect((await read(unit.admin)).status).toBeGreaterThanOrEqual(403)
    expect((await read(stranger)).status).toBeGreaterThanOrEqual(403)
    expect((await read(undefined)).status).toBeGreaterThanOrEqual(403)
    expect((await note(unit.buyer, { po_number: "late" })).status).toBe(400)
  })
})
