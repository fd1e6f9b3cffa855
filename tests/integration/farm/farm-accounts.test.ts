import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { demoFarmHeaders, inviteFarmUser, partnerByHandle, stockedAt } from "../../fixtures/farm"
import {
  eventually,
  GUANGZHOU_ADDRESS,
  payOrder,
  placeOrder,
  syncLedger,
} from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业 (farm A), cold chain
const RICE = "shejiang-simiao-rice" // 畲穗农业 (farm B), ambient

shopSuite(({ api, getContainer, admin, store }) => {
  const farms = async () => {
    const a = await partnerByHandle(getContainer(), "dongxi-agritech")
    const b = await partnerByHandle(getContainer(), "shesui-agri")
    const farmA = await demoFarmHeaders(api)
    const farmB = {
      headers: (await inviteFarmUser(api, admin, b.id, "staff@shesui-demo.example.cn")).headers,
    }
    return { a, b, farmA, farmB }
  }

  describe("staff accounts", () => {
    it("the support team invites a staff member for a partner; the new user works for that farm only", async () => {
      const b = await partnerByHandle(getContainer(), "shesui-agri")
      const { headers, invite } = await inviteFarmUser(
        api,
        admin,
        b.id,
        "new.staff@shesui-demo.example.cn"
      )
      expect(invite.accept_url).toMatch(/^\/app\/invite\?token=/)
      const farmB = { headers }

      const { data: me } = await api.get("/admin/farm", farmB)
      expect(me).toMatchObject({ is_support: false, partner: { id: b.id, name: b.name } })
      expect(me.partner.stock_location.id).toBe(b.location_id)
      const { data: user } = await api.get("/admin/users/me", farmB)
      expect(user.user.email).toBe("new.staff@shesui-demo.example.cn")

      const { data: staff } = await api.get(`/admin/partners/${b.id}/staff`, admin)
      expect(staff.users.map((u: any) => u.email)).toEqual(["new.staff@shesui-demo.example.cn"])
      expect(staff.invites).toEqual([])

      // a farm account cannot invite anybody, nor use the support team's routes
      expect(
        (await failure(api.post(`/admin/partners/${b.id}/staff`, { email: "x@example.cn" }, farmB)))
          .status
      ).toBe(403)
      expect((await failure(api.get("/admin/products", farmB))).status).toBe(403)
      expect((await failure(api.get("/admin/partners", farmB))).status).toBe(403)

      // an email that already has a user cannot be invited again
      const again = await failure(
        api.post(
          `/admin/partners/${b.id}/staff`,
          { email: "new.staff@shesui-demo.example.cn" },
          admin
        )
      )
      expect(again.status).toBeGreaterThanOrEqual(400)
      expect(again.status).toBeLessThan(500)
      // the support team keeps full access
      expect((await api.get("/admin/products?limit=1", admin)).status).toBe(200)
      expect((await api.get("/admin/farm", admin)).data).toMatchObject({
        is_support: true,
        partner: null,
      })
    })

    it("lists pending invitations until they are accepted", async () => {
      const b = await partnerByHandle(getContainer(), "shesui-agri")
      await api.post(
        `/admin/partners/${b.id}/staff`,
        { email: "pending@shesui-demo.example.cn" },
        admin
      )
      const { data } = await api.get(`/admin/partners/${b.id}/staff`, admin)
      expect(data.invites.map((i: any) => i.email)).toEqual(["pending@shesui-demo.example.cn"])
      expect(data.users).toEqual([])
      const bad = await failure(
        api.post(`/admin/partners/${b.id}/staff`, { email: "not-an-email" }, admin)
      )
      expect(bad.status).toBe(400)
    })
  })

  describe("stock", () => {
    it("sets and adjusts many variants in one step, audited with who, before, after and why", async () => {
      const { a, farmA } = await farms()
      const tomato = a.product(TOMATO)
      const [small, large] = tomato.variants
      const before = await stockedAt(getContainer(), small, a.location_id)
      const { data } = await api.post(
        "/admin/farm/inventory",
        {
          changes: [
            { variant_id: small.id, adjust: 5 },
            { variant_id: large.id, set: 42 },
          ],
          note: "盘点",
        },
        farmA
      )
      expect(data.changes).toHaveLength(2)
      expect(await stockedAt(getContainer(), small, a.location_id)).toBe(before + 5)
      expect(await stockedAt(getContainer(), large, a.location_id)).toBe(42)

      const { data: products } = await api.get("/admin/farm/products", farmA)
      const row = products.products.find((p: any) => p.handle === TOMATO)
      expect(row.variants.find((v: any) => v.id === large.id).stocked_quantity).toBe(42)

      const { data: audit } = await api.get("/admin/farm/audit?reason=manual", farmA)
      const me = (await api.get("/admin/users/me", farmA)).data.user
      const entry = audit.audit.find((e: any) => e.variant_id === small.id)
      expect(entry).toMatchObject({
        reason: "manual",
        before,
        after: before + 5,
        delta: 5,
        actor_id: me.id,
        note: "盘点",
      })
      expect(entry.actor_email).toBe("farm@dongxi-demo.example.cn")
      expect(entry.created_at).toBeTruthy()
    })

    it("refuses stock below zero and changes nothing of the batch of changes", async () => {
      const { a, farmA } = await farms()
      const [small, large] = a.product(TOMATO).variants
      const smallBefore = await stockedAt(getContainer(), small, a.location_id)
      const largeBefore = await stockedAt(getContainer(), large, a.location_id)
      const response = await failure(
        api.post(
          "/admin/farm/inventory",
          {
            changes: [
              { variant_id: small.id, adjust: 3 },
              { variant_id: large.id, adjust: -(largeBefore + 1) },
            ],
          },
          farmA
        )
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/below 0/)
      expect(await stockedAt(getContainer(), small, a.location_id)).toBe(smallBefore)
      expect(await stockedAt(getContainer(), large, a.location_id)).toBe(largeBefore)
      const { data: audit } = await api.get("/admin/farm/audit", farmA)
      expect(audit.count).toBe(0)
    })

    it("20 parallel adjustments of one variant lose none", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[0]
      const start = await stockedAt(getContainer(), variant, a.location_id)
      const amounts = Array.from({ length: 20 }, (_, i) => (i % 4 === 3 ? -(i + 1) : i + 1))
      const responses = await Promise.all(
        amounts.map((adjust) =>
          api.post(
            "/admin/farm/inventory",
            { changes: [{ variant_id: variant.id, adjust }] },
            farmA
          )
        )
      )
      expect(responses.every((r) => r.status === 200)).toBe(true)
      const sum = amounts.reduce((s, x) => s + x, 0)
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(start + sum)

      // the audit trail is one unbroken chain from the start to the end level
      const { data } = await api.get(`/admin/farm/audit?variant_id=${variant.id}&limit=100`, farmA)
      expect(data.count).toBe(20)
      for (const entry of data.audit) expect(entry.after - entry.before).toBe(entry.delta)
      const chains = (level: number, left: any[]): boolean =>
        left.length === 0
          ? level === start + sum
          : left.some(
              (entry, i) =>
                entry.before === level &&
                chains(
                  entry.after,
                  left.filter((_, j) => j !== i)
                )
            )
      expect(chains(start, data.audit)).toBe(true)
    })

    it("parallel changes of several variants at once and a batch lose none", async () => {
      const { a, farmA } = await farms()
      const [small, large] = a.product(TOMATO).variants
      await api.post(
        "/admin/farm/inventory",
        {
          changes: [
            { variant_id: small.id, set: 100 },
            { variant_id: large.id, set: 100 },
          ],
        },
        farmA
      )
      const both = (first: any, second: any) =>
        api.post(
          "/admin/farm/inventory",
          {
            changes: [
              { variant_id: first.id, adjust: 1 },
              { variant_id: second.id, adjust: 2 },
            ],
          },
          farmA
        )
      await Promise.all([
        ...Array.from({ length: 6 }, () => both(small, large)),
        ...Array.from({ length: 6 }, () => both(large, small)),
        api.post(
          "/admin/farm/batches",
          { variant_id: small.id, batch_code: "P-1", harvested_on: "2026-11-29", quantity: 10 },
          farmA
        ),
      ])
      // small: 100 + 6×1 + 6×2 + 10, large: 100 + 6×2 + 6×1
      expect(await stockedAt(getContainer(), small, a.location_id)).toBe(128)
      expect(await stockedAt(getContainer(), large, a.location_id)).toBe(118)
      const { data } = await api.get(`/admin/farm/audit?variant_id=${small.id}&limit=100`, farmA)
      expect(data.count).toBe(14)
    })

    it("audits stock the support team sets on Medusa's own inventory routes", async () => {
      const { a, farmA } = await farms()
      const [small, large] = a.product(TOMATO).variants
      const item = (v: any) => v.inventory_items[0].inventory_item_id
      const smallBefore = await stockedAt(getContainer(), small, a.location_id)
      const largeBefore = await stockedAt(getContainer(), large, a.location_id)
      await api.post(
        `/admin/inventory-items/${item(small)}/location-levels/${a.location_id}`,
        { stocked_quantity: 50 },
        admin
      )
      await api.post(
        "/admin/inventory-items/location-levels/batch",
        {
          update: [
            { inventory_item_id: item(large), location_id: a.location_id, stocked_quantity: 7 },
          ],
        },
        admin
      )
      const support = (await api.get("/admin/users/me", admin)).data.user
      const audit = await eventually(async () => {
        const { data } = await api.get("/admin/farm/audit?reason=manual", farmA)
        return data.audit.length === 2 && data.audit
      })
      expect(audit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            variant_id: small.id,
            before: smallBefore,
            after: 50,
            actor_id: support.id,
          }),
          expect.objectContaining({
            variant_id: large.id,
            before: largeBefore,
            after: 7,
            actor_id: support.id,
          }),
        ])
      )
      // a refused edit is not audited
      await failure(
        api.post(
          `/admin/inventory-items/${item(small)}/location-levels/${a.location_id}`,
          { stocked_quantity: -1 },
          admin
        )
      )
      expect((await api.get("/admin/farm/audit?reason=manual", farmA)).data.count).toBe(2)
    })

    it("a harvest batch adds its quantity to the stock; its code is unique per farm", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[1]
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data } = await api.post(
        "/admin/farm/batches",
        {
          variant_id: variant.id,
          batch_code: "DX-2026-1129-A",
          harvested_on: "2026-11-29",
          quantity: 30,
          note: "3号棚",
        },
        farmA
      )
      expect(data.batch).toMatchObject({
        batch_code: "DX-2026-1129-A",
        quantity: 30,
        harvested_on: "2026-11-29",
      })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before + 30)
      const { data: detail } = await api.get(`/admin/farm/batches/${data.batch.id}`, farmA)
      expect(detail.audit).toEqual([
        expect.objectContaining({ reason: "batch", before, after: before + 30 }),
      ])

      const duplicate = await failure(
        api.post(
          "/admin/farm/batches",
          {
            variant_id: variant.id,
            batch_code: "DX-2026-1129-A",
            harvested_on: "2026-11-29",
            quantity: 5,
          },
          farmA
        )
      )
      expect(duplicate.status).toBeGreaterThanOrEqual(400)
      expect(duplicate.status).toBeLessThan(500)
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before + 30)
      const invalid = await failure(
        api.post(
          "/admin/farm/batches",
          { variant_id: variant.id, batch_code: "DX 1", harvested_on: "2026-02-30", quantity: 0 },
          farmA
        )
      )
      expect(invalid.status).toBe(400)
      const { data: list } = await api.get("/admin/farm/batches", farmA)
      expect(list.batches.map((b: any) => b.batch_code)).toEqual(["DX-2026-1129-A"])
    })

    it("alerts once per crossing of the low-stock threshold through the notification module", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[0]
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const alerts = async () =>
        (await notifications.listNotifications({ template: "farm-low-stock" } as any)).length
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: variant.id, set: 10 }] },
        farmA
      )
      const { data } = await api.post(
        `/admin/farm/variants/${variant.id}`,
        { low_stock_threshold: 5 },
        farmA
      )
      expect(data.variant).toMatchObject({ low_stock_threshold: 5, is_low: false })
      expect(await alerts()).toBe(0)

      const adjust = (n: number) =>
        api.post(
          "/admin/farm/inventory",
          { changes: [{ variant_id: variant.id, adjust: n }] },
          farmA
        )
      await adjust(-6) // 4: crosses
      expect(await alerts()).toBe(1)
      await adjust(-1) // 3: still below, no second alert
      await adjust(-1) // 2
      expect(await alerts()).toBe(1)
      await adjust(10) // 12: back above
      expect(await alerts()).toBe(1)
      await adjust(-8) // 4: crosses again
      expect(await alerts()).toBe(2)
      const [latest] = await notifications.listNotifications(
        { template: "farm-low-stock" } as any,
        { order: { created_at: "DESC" } } as any
      )
      expect(latest.channel).toBe("feed")
      expect(latest.data as any).toMatchObject({
        variant_id: variant.id,
        available: 4,
        threshold: 5,
        partner_id: a.id,
      })
      const { data: products } = await api.get("/admin/farm/products", farmA)
      const row = products.products
        .find((p: any) => p.handle === TOMATO)
        .variants.find((v: any) => v.id === variant.id)
      expect(row).toMatchObject({ available_quantity: 4, is_low: true })
    })

    it("alerts when an order takes the available stock to the threshold", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[0]
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: variant.id, set: 6 }] },
        farmA
      )
      await api.post(`/admin/farm/variants/${variant.id}`, { low_stock_threshold: 3 }, farmA)
      await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, variant: variant.title, quantity: 3 }],
      })
      const alerts = await eventually(async () => {
        const found = await notifications.listNotifications({ template: "farm-low-stock" } as any)
        return found.length > 0 && found
      })
      expect(alerts).toHaveLength(1)
      expect(alerts[0].data).toMatchObject({ variant_id: variant.id, available: 3, threshold: 3 })
      const { data } = await api.get("/admin/farm/products", farmA)
      const row = data.products
        .find((p: any) => p.handle === TOMATO)
        .variants.find((v: any) => v.id === variant.id)
      expect(row).toMatchObject({
        stocked_quantity: 6,
        reserved_quantity: 3,
        available_quantity: 3,
        is_low: true,
      })
    })

    it("puts a product on pre-sale with its ship date and capacity", async () => {
      const { a, farmA } = await farms()
      const product = a.product(TOMATO)
      const { data } = await api.post(
        `/admin/farm/products/${product.id}/presale`,
        {
          ships_from: "2027-03-01",
          capacity: [{ variant_id: product.variants[0].id, quantity: 80 }],
        },
        farmA
      )
      expect(data.product.presale_ships_from).toBe("2027-03-01")
      expect(
        data.product.variants.find((v: any) => v.id === product.variants[0].id).stocked_quantity
      ).toBe(80)
      const { data: storeProducts } = await api.get(
        `/store/products?handle=${TOMATO}&fields=metadata`,
        store
      )
      expect(storeProducts.products[0].metadata.presale_ships_from).toBe("2027-03-01")
      const { data: audit } = await api.get("/admin/farm/audit?reason=presale", farmA)
      expect(audit.count).toBe(1)
    })
  })

  describe("orders", () => {
    it("neither lists nor ships a line before its order is paid, and nothing is written", async () => {
      const { a, farmA } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, quantity: 2 }],
      })
      const { data: order_ } = await api.get(`/admin/orders/${order.id}?fields=*items`, admin)
      const lineId = order_.order.items[0].id
      expect((await api.get("/admin/farm/order-lines?status=all", farmA)).data).toMatchObject({
        order_lines: [],
        count: 0,
      })

      const variant = a
        .product(TOMATO)
        .variants.find((v: any) => v.id === order_.order.items[0].variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const ship = () =>
        api.post(
          "/admin/farm/shipments",
          {
            order_id: order.id,
            items: [{ id: lineId, quantity: 2 }],
            carrier: "顺丰速运",
            tracking_number: "SF5550001111",
          },
          farmA
        )
      const refused = await failure(ship())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("not paid")
      const { data: after } = await api.get(
        `/admin/orders/${order.id}?fields=fulfillment_status,*fulfillments`,
        admin
      )
      expect(after.order.fulfillments).toEqual([])
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before)
      expect((await api.get("/admin/farm/audit?reason=sale", farmA)).data.audit).toEqual([])
      await syncLedger(getContainer(), [order.id])
      expect((await api.get("/admin/farm/entries", farmA)).data.entries).toEqual([])

      // a partial payment is not paid either
      const { data: payments } = await api.get(
        `/admin/orders/${order.id}?fields=*payment_collections.payments`,
        admin
      )
      await api.post(
        `/admin/payments/${payments.order.payment_collections[0].payments[0].id}/capture`,
        { amount: 1 },
        admin
      )
      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
      expect((await failure(ship())).status).toBe(400)

      await payOrder(api, admin, order.id)
      const { data: open } = await api.get("/admin/farm/order-lines", farmA)
      expect(open.order_lines.map((l: any) => l.id)).toEqual([lineId])
      expect(open.order_lines[0].paid_at).toBeTruthy()
      const { data: shipped } = await ship()
      expect(shipped.order_lines[0]).toMatchObject({ unshipped_quantity: 0, shipped_quantity: 2 })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 2)
    })

    it("lists the farm's open lines with recipient and address and ships them from its location with a tracking number", async () => {
      const { a, b, farmA, farmB } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [
          { handle: TOMATO, quantity: 2 },
          { handle: RICE, quantity: 1 },
        ],
      })
      await payOrder(api, admin, order.id)
      const { data: open } = await api.get("/admin/farm/order-lines", farmA)
      expect(open.order_lines).toHaveLength(1)
      const line = open.order_lines[0]
      expect(line).toMatchObject({
        order_id: order.id,
        quantity: 2,
        unshipped_quantity: 2,
        product_id: a.product(TOMATO).id,
      })
      // Chinese order: family name (last_name) first
      expect(line.recipient).toMatchObject({
        name: `${GUANGZHOU_ADDRESS.last_name}${GUANGZHOU_ADDRESS.first_name}`,
        phone: GUANGZHOU_ADDRESS.phone,
      })
      expect(line.recipient.address).toContain("天河区体育西路 1 号")
      expect(line.shipping_method).toBe("冷链配送")
      const { data: openB } = await api.get("/admin/farm/order-lines", farmB)
      expect(openB.order_lines.map((l: any) => l.product_id)).toEqual([b.product(RICE).id])

      const variant = a.product(TOMATO).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data: shipped } = await api.post(
        "/admin/farm/shipments",
        {
          order_id: order.id,
          items: [{ id: line.id, quantity: 2 }],
          carrier: "顺丰速运",
          tracking_number: "SF1234567890",
        },
        farmA
      )
      expect(shipped.order_lines[0]).toMatchObject({ unshipped_quantity: 0, shipped_quantity: 2 })
      expect(shipped.order_lines[0].shipments[0]).toMatchObject({
        carrier: "顺丰速运",
        tracking_numbers: ["SF1234567890"],
      })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 2)

      const { data: full } = await api.get(
        `/admin/orders/${order.id}?fields=*fulfillments,*fulfillments.labels,*fulfillments.items`,
        admin
      )
      const fulfillment = full.order.fulfillments.find((f: any) => f.id === shipped.fulfillment_id)
      expect(fulfillment.location_id).toBe(a.location_id)
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.labels.map((l: any) => l.tracking_number)).toEqual(["SF1234567890"])
      const { data: option } = await api.get(
        `/admin/shipping-options/${fulfillment.shipping_option_id}`,
        admin
      )
      expect(option.shipping_option.name).toBe("冷链配送")

      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
      const { data: audit } = await api.get("/admin/farm/audit?reason=sale", farmA)
      expect(audit.audit[0]).toMatchObject({
        before,
        after: before - 2,
        delta: -2,
        reference_id: shipped.fulfillment_id,
      })
      // farm B's line is untouched
      expect(
        (await api.get("/admin/farm/order-lines", farmB)).data.order_lines[0].unshipped_quantity
      ).toBe(1)
      // shipping more than is left fails
      const again = await failure(
        api.post(
          "/admin/farm/shipments",
          {
            order_id: order.id,
            items: [{ id: line.id, quantity: 1 }],
            carrier: "顺丰速运",
            tracking_number: "SF1234567891",
          },
          farmA
        )
      )
      expect(again.status).toBe(400)
    })

    it("audits stock that the support team ships from the order page, once", async () => {
      const { a, farmA } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, quantity: 3 }],
      })
      await payOrder(api, admin, order.id)
      const { data: lines } = await api.get("/admin/farm/order-lines", farmA)
      const line = lines.order_lines[0]
      const variant = a.product(TOMATO).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data: fulfilled } = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=*fulfillments`,
        { location_id: a.location_id, items: [{ id: line.id, quantity: 3 }] },
        admin
      )
      const fulfillment = fulfilled.order.fulfillments[0]
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 3)
      const audit = await eventually(async () => {
        const { data } = await api.get("/admin/farm/audit?reason=sale", farmA)
        return data.audit.length > 0 && data.audit
      })
      expect(audit).toEqual([
        expect.objectContaining({
          reference_id: fulfillment.id,
          before,
          after: before - 3,
          delta: -3,
          actor_type: "user",
        }),
      ])
      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
    })

    it("audits a return received at the farm's location", async () => {
      const { b, farmB } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [{ handle: RICE, quantity: 3 }],
      })
      await payOrder(api, admin, order.id)
      const line = (await api.get("/admin/farm/order-lines", farmB)).data.order_lines[0]
      await api.post(
        "/admin/farm/shipments",
        {
          order_id: order.id,
          items: [{ id: line.id, quantity: 3 }],
          carrier: "中国邮政 EMS",
          tracking_number: "EMS10001",
        },
        farmB
      )
      const variant = b.product(RICE).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, b.location_id)
      const [returnOption] = await getContainer()
        .resolve(Modules.FULFILLMENT)
        .listShippingOptions({ name: "退货寄回" })
      const { data: created } = await api.post(
        "/admin/returns",
        { order_id: order.id, location_id: b.location_id },
        admin
      )
      const returnId = created.return.id
      const one = { items: [{ id: line.id, quantity: 1 }] }
      await api.post(`/admin/returns/${returnId}/request-items`, one, admin)
      await api.post(
        `/admin/returns/${returnId}/shipping-method`,
        { shipping_option_id: returnOption.id },
        admin
      )
      await api.post(`/admin/returns/${returnId}/request`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, one, admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
      expect(await stockedAt(getContainer(), variant, b.location_id)).toBe(before + 1)
      const audit = await eventually(async () => {
        const { data } = await api.get("/admin/farm/audit?reason=return", farmB)
        return data.audit.length > 0 && data.audit
      })
      expect(audit).toEqual([
        expect.objectContaining({
          reference_id: returnId,
          before,
          after: before + 1,
          delta: 1,
          variant_id: variant.id,
        }),
      ])
    })

    it("shows the farm its own ledger entries and a monthly statement with a CSV export", async () => {
      const { a, farmA } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [
          { handle: TOMATO, quantity: 2 },
          { handle: RICE, quantity: 1 },
        ],
      })
      // nothing for the farm until the order is paid
      await syncLedger(getContainer(), [order.id])
      const { data: none } = await api.get("/admin/farm/statement", farmA)
      expect(none.total).toMatchObject({ amount: "0.00", quantity: 0, orders: 0 })
      await payOrder(api, admin, order.id)
      const entries = await eventually(async () => {
        const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
        return data.entries.length === 2 && data.entries
      })
      const own = entries.filter((e: any) => e.partner_id === a.id)
      const { data } = await api.get("/admin/farm/entries", farmA)
      expect(data.entries.map((e: any) => e.id)).toEqual(own.map((e: any) => e.id))

      const month = own[0].day.slice(0, 7)
      const { data: statement } = await api.get(`/admin/farm/statement?month=${month}`, farmA)
      expect(statement.partner.id).toBe(a.id)
      expect(statement.total).toMatchObject({ amount: own[0].amount, quantity: 2, orders: 1 })
      expect(statement.rows).toEqual([
        expect.objectContaining({ quantity: 2, amount: own[0].amount }),
      ])

      const csv = await api.get(`/admin/farm/statement?month=${month}&format=csv`, {
        ...farmA,
        responseType: "arraybuffer",
      })
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString("utf8").slice(1)
      const rows = text.split("\r\n").filter(Boolean)
      expect(rows[0]).toBe("时间,订单号,类型,商品,规格,数量,金额（元）,买家类型")
      expect(rows).toHaveLength(3)
      expect(rows[2]).toBe(`合计,,,,,2,${own[0].amount},`)
      expect(text).not.toContain("畲穗")
      expect(csv.headers["content-disposition"]).toContain("attachment")
    })

    it("the support team sees every farm's stock audit trail", async () => {
      const { a, b, farmA, farmB } = await farms()
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: a.product(TOMATO).variants[0].id, adjust: 1 }] },
        farmA
      )
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: b.product(RICE).variants[0].id, adjust: 1 }] },
        farmB
      )
      const { data } = await api.get("/admin/farm/audit", admin)
      expect(new Set(data.audit.map((e: any) => e.partner_id))).toEqual(new Set([a.id, b.id]))
      const { data: onlyB } = await api.get(`/admin/farm/audit?partner_id=${b.id}`, admin)
      expect(onlyB.audit.map((e: any) => e.partner_id)).toEqual([b.id])
      const { data: asA } = await api.get(`/admin/farm/audit?partner_id=${b.id}`, farmA)
      expect(asA.audit.map((e: any) => e.partner_id)).toEqual([a.id])
    })
  })
})
