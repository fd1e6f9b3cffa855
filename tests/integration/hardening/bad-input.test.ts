/**
 * No 500 on bad input. Every store, admin and auth route the running app
 * registers (read from its Express router, as the farm route matrix does) is
 * driven with a fixed list of bad inputs: NUL bytes, control and bidi
 * characters in the path, the query and the body, negative and huge paging
 * numbers, objects where strings are expected, wrong types and overlong
 * strings. Admin routes are called as the support team, store routes as a
 * logged-in customer, auth routes as a stranger. Inputs the shop refuses
 * outright (characters, paging) must answer 4xx with a message; every other
 * input must never answer 5xx (a route may ignore a parameter it does not
 * know). Then the cart: quantities must be whole and positive, addresses
 * have length limits and refuse control characters, and ten parallel adds to
 * one cart answer 200 or 409, never 500.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { GUANGZHOU_ADDRESS } from "../../fixtures/orders"
import { BELL, BIDI, casesFor } from "../../fixtures/bad-input"
import { registeredRoutes } from "../../fixtures/routes"

const TOMATO = "bingcun-soilless-cherry-tomato"

type Headers = Record<string, string>

shopSuite(({ api, getContainer, admin, store }) => {
  let buyer: Headers

  beforeAll(async () => {
    const email = "fuzz-buyer@example.cn"
    const password = "fuzz-secret-2026"
    const { data: registered } = await api.post("/auth/customer/emailpass/register", {
      email,
      password,
    })
    await api.post(
      "/store/customers",
      { email, first_name: "测试" },
      { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
    )
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
    buyer = { ...store.headers, authorization: `Bearer ${login.token}` }
  })

  const headersFor = (path: string): Headers =>
    path.startsWith("/admin") ? admin.headers : path.startsWith("/store") ? buyer : {}

  it("answers every store, admin and auth route's bad input with a 4xx and a message, never a 5xx", async () => {
    const routes = [
      ...registeredRoutes("/store"),
      ...registeredRoutes("/admin"),
      ...registeredRoutes("/auth"),
    ]
    expect(routes.length).toBeGreaterThan(300)
    const problems: string[] = []
    const handlerless = new Set<string>()
    let sent = 0
    for (const route of routes) {
      for (const c of casesFor(route)) {
        sent++
        let response: { status: number; data: any }
        try {
          response = await api.request({
            method: route.method,
            url: c.url,
            data: c.data,
            headers: headersFor(route.path),
            validateStatus: () => true,
            timeout: 30_000,
          })
        } catch (error: any) {
          problems.push(`${route.method} ${route.path} [${c.kind}]: ${error.code ?? error.message}`)
          continue
        }
        const where = `${route.method} ${route.path} [${c.kind}] → ${response.status}`
        const message = response.data?.message
        if (
          response.status === 404 &&
          typeof response.data === "string" &&
          response.data.includes(`Cannot ${route.method}`)
        ) {
          // Medusa registers middlewares on some method/path pairs that have no route (Express answers 404 itself)
          handlerless.add(`${route.method} ${route.path}`)
          continue
        }
        if (response.status >= 500)
          problems.push(`${where}: ${JSON.stringify(response.data).slice(0, 300)}`)
        else if (c.refused && (response.status < 400 || response.status >= 500))
          problems.push(`${where} (expected 4xx)`)
        if (
          response.status >= 400 &&
          response.status < 500 &&
          !(typeof message === "string" && message.length > 0)
        ) {
          problems.push(`${where}: no message in ${JSON.stringify(response.data).slice(0, 200)}`)
        }
      }
    }
    console.log(
      `fuzz: ${routes.length} routes, ${sent} requests, ${problems.length} problems; without a handler: ${[...handlerless].join(", ") || "none"}`
    )
    expect(problems).toEqual([])
  }, 900_000)

  /** A new cart in the shop's region and the first variant of the tomato product. */
  async function newCart(body: Record<string, unknown> = {}) {
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: any) => r.currency_code === "cny")
    const { data: list } = await api.get(
      `/store/products?handle=${TOMATO}&fields=id,*variants`,
      store
    )
    const variantId: string = list.products[0].variants[0].id
    const { data } = await api.post(
      "/store/carts",
      { region_id: region.id, ...body },
      { headers: buyer }
    )
    return { cartId: data.cart.id as string, variantId, regionId: region.id as string }
  }

  it("takes whole positive quantities only: 1.5, 0.01, 0 and -1 are refused, 0 on a line removes it", async () => {
    const { cartId, variantId, regionId } = await newCart()
    const add = (quantity: unknown) =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variantId, quantity },
        { headers: buyer }
      )
    for (const quantity of [1.5, 0.01, 0, -1, 1e9, "2"]) {
      const refused = await failure(add(quantity))
      expect(refused.status, `quantity ${quantity}`).toBe(400)
      expect(refused.data.message, `quantity ${quantity}`).toMatch(/quantity/)
    }
    const created = await failure(
      api.post(
        "/store/carts",
        { region_id: regionId, items: [{ variant_id: variantId, quantity: 1.5 }] },
        { headers: buyer }
      )
    )
    expect(created.status).toBe(400)
    expect(created.data.message).toMatch(/whole number/)

    const { data } = await add(2)
    const line = data.cart.items[0]
    expect(line.quantity).toBe(2)
    for (const quantity of [2.5, 0.01, -1]) {
      expect(
        (
          await failure(
            api.post(
              `/store/carts/${cartId}/line-items/${line.id}`,
              { quantity },
              { headers: buyer }
            )
          )
        ).status
      ).toBe(400)
    }
    const { data: read } = await api.get(`/store/carts/${cartId}`, { headers: buyer })
    expect(read.cart.items.map((i: any) => i.quantity)).toEqual([2])
    const { data: removed } = await api.post(
      `/store/carts/${cartId}/line-items/${line.id}`,
      { quantity: 0 },
      { headers: buyer }
    )
    expect(removed.cart.items).toEqual([])
    // removing a line of a cart that does not exist
    const missing = await failure(
      api.delete(`/store/carts/cart_missing/line-items/${line.id}`, { headers: buyer })
    )
    expect(missing.status).toBe(404)
  })

  it("refuses overlong, multi-line and bidi address fields on carts and saved addresses, with the storefront's limits", async () => {
    const { cartId } = await newCart({ shipping_address: GUANGZHOU_ADDRESS })
    const bad: [string, string][] = [
      ["address_1", "天".repeat(5000)],
      ["address_2", "室".repeat(121)],
      ["first_name", "李".repeat(31)],
      ["first_name", `李${BIDI}明`],
      ["address_1", `体育西路\u2066 1 号`],
      ["address_2", "一楼\n二楼"],
      ["city", `广州${BELL}`],
      ["phone", "0755-1234567"],
      ["postal_code", "51062"],
    ]
    for (const [field, value] of bad) {
      const address = { ...GUANGZHOU_ADDRESS, [field]: value }
      const onCart = await failure(
        api.post(`/store/carts/${cartId}`, { shipping_address: address }, { headers: buyer })
      )
      expect(onCart.status, `${field} on the cart`).toBe(400)
      expect(onCart.data.message, field).toMatch(new RegExp(field))
      const saved = await failure(
        api.post("/store/customers/me/addresses", address, { headers: buyer })
      )
      expect(saved.status, `${field} on a saved address`).toBe(400)
    }
    const created = await failure(
      api.post(
        "/store/carts",
        { shipping_address: { ...GUANGZHOU_ADDRESS, address_1: "天".repeat(5000) } },
        { headers: buyer }
      )
    )
    expect(created.status).toBe(400)
    const profile = await failure(
      api.post("/store/customers/me", { first_name: "名".repeat(31) }, { headers: buyer })
    )
    expect(profile.status).toBe(400)
    // the address as the storefront writes it goes through, and the cart still holds the good one
    const { data } = await api.post(
      `/store/carts/${cartId}`,
      { shipping_address: { ...GUANGZHOU_ADDRESS, address_2: "3 栋 1201 室" } },
      { headers: buyer }
    )
    expect(data.cart.shipping_address).toMatchObject({
      address_1: GUANGZHOU_ADDRESS.address_1,
      address_2: "3 栋 1201 室",
    })
  })

  it("answers concurrent changes of one cart with 200 or 409, never 500, and the cart adds up", async () => {
    const { cartId, variantId } = await newCart()
    const add = () =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variantId, quantity: 1 },
        { headers: buyer, validateStatus: () => true }
      )
    const results = await Promise.all(Array.from({ length: 10 }, add))
    const statuses = results.map((r: any) => r.status)
    for (const r of results)
      expect([200, 409], JSON.stringify(r.data).slice(0, 200)).toContain(r.status)
    const { data } = await api.get(`/store/carts/${cartId}`, { headers: buyer })
    const total = data.cart.items.reduce((n: number, i: any) => n + i.quantity, 0)
    expect(total).toBe(statuses.filter((s: number) => s === 200).length)

    // deterministically: while another request holds the cart's lock, a change answers 409 with a message
    const locking = getContainer().resolve(Modules.LOCKING)
    await locking.acquire(cartId, { ownerId: "fuzz-test", expire: 30 })
    try {
      const held = await add()
      expect(held.status).toBe(409)
      expect(held.data.message).toEqual(expect.any(String))
    } finally {
      await locking.release(cartId, { ownerId: "fuzz-test" })
    }
    expect((await add()).status).toBe(200)
  })

  it("refuses a NUL byte on public routes, negative paging and an object as the search query with 400", async () => {
    // each request starts when its turn comes, so no refusal waits unhandled
    const cases: [string, () => Promise<unknown>][] = [
      ["NUL in a product id", () => api.get("/store/products/prod%00x", store)],
      ["NUL in a query", () => api.get("/store/products?q=a%00b", store)],
      ["offset=-1", () => api.get("/store/products?offset=-1", store)],
      ["limit=-1", () => api.get("/store/products?limit=-1", store)],
      [
        "object as q",
        () => api.post("/store/search", { entity: "product", filters: { q: { $ne: "" } } }, store),
      ],
      [
        "array as q",
        () => api.post("/store/search", { entity: "product", filters: { q: ["蜜柚"] } }, store),
      ],
      [
        "NUL in a login",
        () => api.post("/auth/customer/emailpass", { email: "a\u0000@example.cn", password: "x" }),
      ],
    ]
    for (const [name, request] of cases) {
      const refused = await failure(request())
      expect(refused.status, name).toBe(400)
      expect(refused.data.message, name).toEqual(expect.any(String))
    }
    // and the good ones still answer
    expect(
      (await api.post("/store/search", { entity: "product", filters: { q: "蜜柚" } }, store)).status
    ).toBe(200)
    expect((await api.get("/store/products?limit=2&offset=1", store)).data.products).toHaveLength(2)
  })
})
