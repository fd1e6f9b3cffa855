/**
 * Farm A (the demo farm account of 东溪农业) tries to read, change and ship
 * farm B's (畲穗农业) records by id, through the farm routes and Medusa's own
 * routes: every attempt answers 404 or 403, and B's data is unchanged.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import {
  demoFarmHeaders,
  inviteFarmUser,
  partnerByHandle,
  stockedAt,
  type Headers,
} from "../../fixtures/farm"
import { payOrder, placeOrder } from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // farm A
const RICE = "shejiang-simiao-rice" // farm B

/** A product with its variants in the order of their ids, so that two reads compare. */
const sortedVariants = <T extends { variants: { id: string }[] }>(product: T): T => ({
  ...product,
  variants: [...product.variants].sort((x, y) => x.id.localeCompare(y.id)),
})

shopSuite(({ api, getContainer, admin, store }) => {
  it("farm A cannot read, update or fulfil farm B's product, stock level, batch or order line; B is unchanged", async () => {
    const container = getContainer()
    const a = await partnerByHandle(container, "dongxi-agritech")
    const b = await partnerByHandle(container, "shesui-agri")
    const farmA = await demoFarmHeaders(api)
    const farmB: Headers = {
      headers: (await inviteFarmUser(api, admin, b.id, "staff@shesui-demo.example.cn")).headers,
    }

    const productB = b.product(RICE)
    const variantB = productB.variants[0]
    const itemB = variantB.inventory_items[0].inventory_item_id
    const variantA = a.product(TOMATO).variants[0]
    const { data: created } = await api.post(
      "/admin/farm/batches",
      {
        variant_id: variantB.id,
        batch_code: "SS-2026-01",
        harvested_on: "2026-11-01",
        quantity: 12,
      },
      farmB
    )
    const batchB = created.batch
    await api.post(`/admin/farm/variants/${variantB.id}`, { low_stock_threshold: 3 }, farmB)
    const order = await placeOrder(api, container, store, {
      lines: [
        { handle: RICE, quantity: 2 },
        { handle: TOMATO, quantity: 1 },
      ],
    })
    await payOrder(api, admin, order.id)
    const lineB = (await api.get("/admin/farm/order-lines", farmB)).data.order_lines[0]
    expect(lineB.product_id).toBe(productB.id)

    const snapshot = async () => ({
      stock: await stockedAt(container, variantB, b.location_id),
      stockA: await stockedAt(container, variantA, a.location_id),
      // (Medusa's product route returns the variants in no set order)
      product: sortedVariants(
        (
          await api.get(
            `/admin/products/${productB.id}?fields=title,status,metadata,*variants`,
            admin
          )
        ).data.product
      ),
      batch: (await api.get(`/admin/farm/batches/${batchB.id}`, farmB)).data.batch,
      products: (await api.get("/admin/farm/products", farmB)).data.products,
      lines: (await api.get("/admin/farm/order-lines?status=all", farmB)).data.order_lines,
      audit: (await api.get("/admin/farm/audit", farmB)).data.audit,
      fulfillments: (await api.get(`/admin/orders/${order.id}?fields=*fulfillments`, admin)).data
        .order.fulfillments,
    })
    const before = await snapshot()

    // each attempt is started only when its turn comes, one at a time
    const attempts: [string, () => Promise<unknown>, number[]][] = [
      // farm routes, by B's ids
      ["read B's product", () => api.get(`/admin/farm/products/${productB.id}`, farmA), [404]],
      ["read B's batch", () => api.get(`/admin/farm/batches/${batchB.id}`, farmA), [404]],
      [
        "set B's stock",
        () =>
          api.post(
            "/admin/farm/inventory",
            { changes: [{ variant_id: variantB.id, set: 999 }] },
            farmA
          ),
        [404],
      ],
      [
        "set B's stock beside its own",
        () =>
          api.post(
            "/admin/farm/inventory",
            {
              changes: [
                { variant_id: variantA.id, adjust: 5 },
                { variant_id: variantB.id, adjust: 5 },
              ],
            },
            farmA
          ),
        [404],
      ],
      [
        "B's threshold",
        () => api.post(`/admin/farm/variants/${variantB.id}`, { low_stock_threshold: 100 }, farmA),
        [404],
      ],
      [
        "a batch on B's variant",
        () =>
          api.post(
            "/admin/farm/batches",
            {
              variant_id: variantB.id,
              batch_code: "X-1",
              harvested_on: "2026-11-02",
              quantity: 50,
            },
            farmA
          ),
        [404],
      ],
      [
        "B's pre-sale",
        () =>
          api.post(
            `/admin/farm/products/${productB.id}/presale`,
            { ships_from: "2027-01-01", capacity: [{ variant_id: variantB.id, quantity: 1 }] },
            farmA
          ),
        [404],
      ],
      [
        "ship B's line",
        () =>
          api.post(
            "/admin/farm/shipments",
            {
              order_id: order.id,
              items: [{ id: lineB.id, quantity: 2 }],
              carrier: "顺丰速运",
              tracking_number: "SF0000000001",
            },
            farmA
          ),
        [404],
      ],
      // the same through Medusa's own routes
      ["read B's product (Medusa)", () => api.get(`/admin/products/${productB.id}`, farmA), [403]],
      [
        "update B's product (Medusa)",
        () => api.post(`/admin/products/${productB.id}`, { title: "改名" }, farmA),
        [403],
      ],
      [
        "delete B's product (Medusa)",
        () => api.delete(`/admin/products/${productB.id}`, farmA),
        [403],
      ],
      [
        "read B's stock level (Medusa)",
        () => api.get(`/admin/inventory-items/${itemB}/location-levels`, farmA),
        [403],
      ],
      [
        "update B's stock level (Medusa)",
        () =>
          api.post(
            `/admin/inventory-items/${itemB}/location-levels/${b.location_id}`,
            { stocked_quantity: 999 },
            farmA
          ),
        [403],
      ],
      ["read the order (Medusa)", () => api.get(`/admin/orders/${order.id}`, farmA), [403]],
      [
        "fulfil B's line (Medusa)",
        () =>
          api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { location_id: b.location_id, items: [{ id: lineB.id, quantity: 2 }] },
            farmA
          ),
        [403],
      ],
      [
        "B's ledger (aid report)",
        () => api.get(`/admin/aid/entries?partner=${b.id}`, farmA),
        [403],
      ],
      ["B's partner record", () => api.get(`/admin/partners/${b.id}`, farmA), [403]],
      ["B's staff", () => api.get(`/admin/partners/${b.id}/staff`, farmA), [403]],
    ]
    for (const [name, request, statuses] of attempts) {
      const { status } = await failure(request())
      expect(statuses, `${name}: ${status}`).toContain(status)
    }

    const after = await snapshot()
    expect(after).toEqual(before)

    // and A's own view never shows B
    const { data: mine } = await api.get(`/admin/farm/products?partner_id=${b.id}`, farmA)
    expect(mine.products.map((p: any) => p.id)).not.toContain(productB.id)
    const { data: lines } = await api.get(`/admin/farm/order-lines?partner_id=${b.id}`, farmA)
    expect(lines.order_lines.map((l: any) => l.id)).not.toContain(lineB.id)
    const notifications = await container
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "farm-low-stock" } as any)
    expect(notifications.filter((n: any) => n.data?.partner_id === b.id)).toEqual([])
  })
})
