/**
 * A farm's stock on its own routes: changes of many variants in one step,
 * audited with who, before, after and why; refused changes; parallel changes
 * that lose nothing; the support team's changes on Medusa's own routes, and
 * every farm's audit trail as the support team sees it.
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { stockedAt, twoFarms } from "../../fixtures/farm"
import { eventually, placeOrder } from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业 (farm A), cold chain
const RICE = "shejiang-simiao-rice" // 畲穗农业 (farm B), ambient

shopSuite(({ api, getContainer, admin, store }) => {
  const farms = () => twoFarms(api, getContainer(), admin)

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

    it("refuses stock below what orders have reserved, by set, adjust or a pre-sale's capacity", async () => {
      const { a, farmA } = await farms()
      const tomato = a.product(TOMATO)
      const placed = await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, quantity: 2 }],
      })
      const variant = tomato.variants.find((v: any) => v.id === placed.items[0].variant_id)
      const [level] = await getContainer().resolve("inventory").listInventoryLevels({
        inventory_item_id: variant.inventory_items[0].inventory_item_id,
        location_id: a.location_id,
      })
      const reserved = Number(level.reserved_quantity)
      const stocked = Number(level.stocked_quantity)
      expect(reserved).toBeGreaterThanOrEqual(2)
      const attempts: [string, object][] = [
        ["/admin/farm/inventory", { changes: [{ variant_id: variant.id, set: reserved - 1 }] }],
        ["/admin/farm/inventory", { changes: [{ variant_id: variant.id, adjust: -stocked }] }],
        [
          `/admin/farm/products/${tomato.id}/presale`,
          { ships_from: "2027-06-01", capacity: [{ variant_id: variant.id, quantity: 0 }] },
        ],
      ]
      for (const [path, body] of attempts) {
        const refused = await failure(api.post(path, body, farmA))
        expect(refused.status, path).toBe(400)
        expect(refused.data.message).toMatch(/reserved/)
      }
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(stocked)
      const { data: product } = await api.get(`/admin/farm/products/${tomato.id}`, farmA)
      expect(JSON.stringify(product)).not.toContain("2027-06-01")
      // down to exactly what the orders hold is fine
      const { data } = await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: variant.id, set: reserved }] },
        farmA
      )
      expect(data.changes[0]).toMatchObject({ before: stocked, after: reserved })
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
