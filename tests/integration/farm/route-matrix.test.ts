/**
 * Every /admin route the running app registers, called as a farm account:
 * outside the allowlist each answers 403 (and changes nothing); inside it,
 * every GET answers with the farm's own records only, also when it asks
 * Medusa's field expansion (`?fields=`) to follow module links to other
 * partners, users, orders and stock. The routes are read from the Express
 * app Medusa serves (its router stack), not listed by hand.
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendRequire } from "../../fixtures/medusa"
import { demoFarmHeaders, inviteFarmUser, partnerByHandle, type Headers } from "../../fixtures/farm"
import { eventually, payOrder, placeOrder } from "../../fixtures/orders"
import { registeredAdminRoutes, type RouteKey } from "../../fixtures/routes"
import { EXPANSIONS, LEAK } from "../../fixtures/farm-expansions"
import { onlyOwn, ownershipChecks, ownPath, TOMATO } from "../../fixtures/farm-route-checks"

const RICE = "shejiang-simiao-rice"

shopSuite(({ api, getContainer, admin, store }) => {
  let a: Awaited<ReturnType<typeof partnerByHandle>>
  let b: Awaited<ReturnType<typeof partnerByHandle>>
  let farmA: Headers
  let farmB: Record<string, string>
  let order: any
  let batchA: any

  beforeAll(async () => {
    const container = getContainer()
    a = await partnerByHandle(container, "dongxi-agritech")
    b = await partnerByHandle(container, "shesui-agri")
    farmA = await demoFarmHeaders(api)
    farmB = (await inviteFarmUser(api, admin, b.id, "staff@shesui-demo.example.cn")).headers

    // records of both farms: an order with a line of each, batches, stock changes, ledger entries
    order = await placeOrder(api, container, store, {
      lines: [
        { handle: TOMATO, quantity: 1 },
        { handle: RICE, quantity: 1 },
      ],
    })
    await payOrder(api, admin, order.id)
    await eventually(
      async () =>
        (await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)).data.entries.length === 2
    )
    const batch = (farm: Headers, variantId: string, code: string) =>
      api.post(
        "/admin/farm/batches",
        { variant_id: variantId, batch_code: code, harvested_on: "2026-11-20", quantity: 10 },
        farm
      )
    batchA = (await batch(farmA, a.product(TOMATO).variants[0].id, "A-1")).data.batch
    await batch({ headers: farmB }, b.product(RICE).variants[0].id, "B-1")
  })

  it("a farm account gets 403 on every admin route outside the allowlist and only its own records inside it", async () => {
    const { isFarmRouteAllowed } = backendRequire("src/api/farm-scope.ts")
    const container = getContainer()

    const routes = registeredAdminRoutes()
    expect(routes.length).toBeGreaterThan(200)
    expect(routes).toContainEqual({ method: "GET", path: "/admin/products" })
    expect(routes).toContainEqual({ method: "GET", path: "/admin/farm/products" })
    // the support team's 消息通知 (SMS and e-mail to buyers): outside the allowlist, 403
    expect(routes).toContainEqual({ method: "GET", path: "/admin/notification-deliveries" })
    expect(routes).toContainEqual({
      method: "POST",
      path: "/admin/notification-deliveries/:id/retry",
    })
    expect(isFarmRouteAllowed("GET", "/admin/notification-deliveries")).toBe(false)

    // routes Medusa serves without a login (e.g. accepting an invite) know no farm
    const publicRoutes: RouteKey[] = []
    const { data: stores } = await api.get("/admin/stores", admin)
    const storeId = stores.stores[0].id
    const userA = (await api.get("/admin/users/me", farmA)).data.user
    const records = { a, batchId: batchA.id, storeId, userId: userA.id }
    const ownsOnly = onlyOwn(a)
    const checks = ownershipChecks(records)

    const levelsBefore = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({}, { take: null } as any)
    const refused: string[] = []
    const unexpected: string[] = []
    const allowedSeen: string[] = []
    for (const route of routes) {
      const url = ownPath(route.path, records)
      const anonymous = await api.request({
        method: route.method,
        url,
        data: {},
        validateStatus: () => true,
      })
      if (anonymous.status !== 401) {
        publicRoutes.push(route)
        continue
      }
      const response = await api.request({
        method: route.method,
        url,
        data: {},
        validateStatus: () => true,
        ...farmA,
      })
      if (!isFarmRouteAllowed(route.method, route.path)) {
        if (response.status === 403) refused.push(`${route.method} ${route.path}`)
        else unexpected.push(`${route.method} ${route.path} → ${response.status}`)
        continue
      }
      allowedSeen.push(`${route.method} ${route.path}`)
      if (route.method !== "GET") {
        // writes a farm may make are its own routes only
        expect(route.path.startsWith("/admin/farm/"), `${route.method} ${route.path}`).toBe(true)
        continue
      }
      expect(response.status, `${route.method} ${url}: ${JSON.stringify(response.data)}`).toBe(200)
      const check = checks[route.path]
      expect(check, `no ownership check for allowed route ${route.path}`).toBeDefined()
      check(response.data)
      ownsOnly(response.data, route.path)
      if (route.path.startsWith("/admin/farm")) {
        // naming another partner changes nothing for a farm account
        const other = await api.get(`${url}?partner_id=${b.id}`, farmA)
        check(other.data)
        ownsOnly(other.data, `${route.path}?partner_id=`)
      }
    }
    expect(unexpected).toEqual([])
    expect(refused.length).toBeGreaterThan(200)
    // 汇款认领 is the support team's alone: its six routes (list, record, import, read, confirm, match)
    expect(refused.filter((r) => r.includes(" /admin/remittances"))).toHaveLength(6)
    // bulk orders too: list, read and the 付款通知书
    expect(refused.filter((r) => r.includes(" /admin/bulk-orders"))).toHaveLength(3)
    // a unit's negotiated prices (协议价): read, period, set and remove a variant's
    expect(refused.filter((r) => r.includes(" /admin/units/:id/prices")).sort()).toEqual(
      [
        "GET /admin/units/:id/prices",
        "POST /admin/units/:id/prices",
        "POST /admin/units/:id/prices/:variant_id",
        "DELETE /admin/units/:id/prices/:variant_id",
      ].sort()
    )
    // units' approval requests (审批): the support team's overview
    expect(refused).toContain("GET /admin/unit-approvals")
    // the 发票 queue: list, read, issue, reverse, attach and read the PDF
    expect(refused.filter((r) => r.includes(" /admin/invoice-requests")).sort()).toEqual(
      [
        "GET /admin/invoice-requests",
        "GET /admin/invoice-requests/:id",
        "POST /admin/invoice-requests/:id/issue",
        "POST /admin/invoice-requests/:id/reverse",
        "POST /admin/invoice-requests/:id/file",
        "GET /admin/invoice-requests/:id/file",
      ].sort()
    )
    // quotes (询价): list, read, price, send, cancel
    expect(refused.filter((r) => r.includes(" /admin/quotes")).sort()).toEqual(
      [
        "GET /admin/quotes",
        "GET /admin/quotes/:id",
        "POST /admin/quotes/:id",
        "POST /admin/quotes/:id/send",
        "POST /admin/quotes/:id/cancel",
      ].sort()
    )
    expect(publicRoutes.length).toBeLessThan(5)
    expect(allowedSeen).toEqual(
      expect.arrayContaining([
        "GET /admin/farm/products",
        "POST /admin/farm/inventory",
        "GET /admin/users/me",
      ])
    )

    // the refused writes changed no stock anywhere
    const levelsAfter = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({}, { take: null } as any)
    const stockOf = (levels: any[]) =>
      Object.fromEntries(levels.map((l) => [l.id, Number(l.stocked_quantity)]))
    expect(stockOf(levelsAfter)).toEqual(stockOf(levelsBefore))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({ entity: "user", fields: ["id", "email"] })
    expect(users.length).toBe(3)
  }, 600_000)

  it("a farm account's field expansion on the routes it may call reaches no other partner, user, order or stock level", async () => {
    const { isFarmRouteAllowed } = backendRequire("src/api/farm-scope.ts")
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const me = (await api.get("/admin/users/me", farmA)).data.user
    const ownProducts = new Set(a.products.map((p: any) => p.id))

    // what farm A must never read: other partners' contacts and locations, other users, others' order lines, other locations' stock
    const { data: partners } = await query.graph({
      entity: "partner",
      fields: ["id", "contact_name", "contact_phone", "address", "stock_location.id"],
    })
    const { data: users } = await query.graph({ entity: "user", fields: ["id", "email"] })
    const levels = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({}, { take: null } as any)
    const { data: placed } = await query.graph({
      entity: "order",
      fields: ["id", "email", "items.id", "items.product_id"],
      filters: { id: order.id },
    })
    const secrets = new Set<string>(
      [
        ...partners
          .filter((p: any) => p.id !== a.id)
          .flatMap((p: any) => [p.contact_name, p.contact_phone, p.address, p.stock_location?.id]),
        ...users.filter((u: any) => u.id !== me.id).map((u: any) => u.email),
        ...levels.filter((l: any) => l.location_id !== a.location_id).map((l: any) => l.id),
        ...(placed[0] as any).items
          .filter((i: any) => !ownProducts.has(i.product_id))
          .map((i: any) => i.id),
        (placed[0] as any).email,
      ].filter((v): v is string => typeof v === "string" && v.length > 3)
    )
    expect(secrets.size).toBeGreaterThan(20)

    // the tester's request: refused, as is any field the route does not need
    const leak = await api.get(`/admin/users/me?fields=${LEAK}`, {
      ...farmA,
      validateStatus: () => true,
    })
    expect(leak.status, JSON.stringify(leak.data).slice(0, 300)).toBe(400)
    expect(leak.data.message).toMatch(/users\/me/)
    // the fields the admin shell reads still answer
    const own = await api.get("/admin/users/me?fields=id,email,+first_name", farmA)
    expect(own.data.user).toMatchObject({ id: me.id, email: me.email })
    expect(
      (await api.get("/admin/stores?fields=+supported_currencies", farmA)).data.stores
    ).toHaveLength(1)
    expect((await api.get("/admin/layouts/configurations?limit=1&fields=id", farmA)).status).toBe(
      200
    )
    // the farm routes take no fields; filters on Medusa's routes are not theirs to send
    expect(
      (
        await api.get("/admin/farm/products?fields=*partner", {
          ...farmA,
          validateStatus: () => true,
        })
      ).status
    ).toBe(400)
    expect(
      (
        await api.get(`/admin/layouts/configurations?user_id=${users[0].id}`, {
          ...farmA,
          validateStatus: () => true,
        })
      ).status
    ).toBe(400)

    const { data: stores } = await api.get("/admin/stores", admin)
    const records = { a, batchId: batchA.id, storeId: stores.stores[0].id }
    const routes = registeredAdminRoutes().filter(
      (r) => r.method === "GET" && isFarmRouteAllowed(r.method, r.path)
    )
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/admin/users/me", "/admin/stores", "/admin/farm/order-lines"])
    )
    const leaks: string[] = []
    let sent = 0
    for (const route of routes) {
      const url = ownPath(route.path, records)
      for (const fields of EXPANSIONS) {
        sent++
        const response = await api.get(`${url}?fields=${encodeURIComponent(fields)}`, {
          ...farmA,
          validateStatus: () => true,
        })
        expect(response.status, `${route.path} ?fields=${fields}`).toBeLessThan(500)
        if (response.status >= 400) continue
        const text = JSON.stringify(response.data)
        for (const secret of secrets)
          if (text.includes(secret)) leaks.push(`${route.path} ?fields=${fields} → ${secret}`)
      }
    }
    console.log(
      `farm expansion: ${routes.length} GET routes, ${sent} requests, ${leaks.length} leaks`
    )
    expect(leaks).toEqual([])
  }, 300_000)
})
