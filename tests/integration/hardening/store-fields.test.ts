/**
 * The store's field expansion (`?fields=`) never reaches private data: every
 * store GET route the running app registers (read from its Express router)
 * is asked, as a logged-in customer, for expansions into stock levels,
 * reservations, stock locations, partners' private fields, users and
 * customers, each path through every module link that could lead there
 * (product → partner → stock location / users, variant → inventory item →
 * levels, sales channel → stock locations). Each answer is a 4xx or leaves
 * them out. What the storefront asks for (public partner fields, Medusa's
 * computed variants.inventory_quantity) keeps working.
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { demoFarmHeaders } from "../../fixtures/farm"
import { placeOrder, prepareCart } from "../../fixtures/orders"
import { registeredRoutes } from "../../fixtures/routes"

const TOMATO = "bingcun-soilless-cherry-tomato"

/** Expansion attempts: full paths from the root of some store route, each sent on its own to every route. */
const ATTEMPTS = [
  // product → variant → inventory item → levels / reservations
  "*variants.inventory_items.inventory.location_levels",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.reservation_items.quantity",
  "*variants.inventory_items.inventory",
  // product → partner (private fields, stock location, staff users)
  "partner.contact_phone,partner.contact_name,partner.address,partner.metadata",
  "*partner.stock_location",
  "partner.stock_location.address.address_1",
  "partner.users.email",
  "*partner",
  "partner.*",
  // product → sales channel → stock locations → partner
  "*sales_channels.stock_locations",
  "sales_channels.stock_locations.partner.contact_phone",
  // variant-rooted
  "*inventory_items.inventory.location_levels",
  "product.partner.contact_phone,product.partner.address",
  // collections, categories, tags, types: products
  "*products.variants.inventory_items.inventory.location_levels",
  "products.partner.contact_phone,products.partner.address",
  // carts and orders: items
  "items.variant.product.partner.contact_phone",
  "*items.variant.inventory_items.inventory",
  "items.product.partner.contact_phone,items.product.partner.address",
  // towns: partners
  "partners.contact_phone,partners.contact_name,partners.address",
  "*partners.users",
  // accounts and locations from anywhere
  "*users",
  "*user",
  "*customers",
  "*stock_locations",
  "*stock_location",
]

/** Keys that never appear in a store answer. */
const PRIVATE_KEYS = new Set([
  "location_levels",
  "reservation_items",
  "stocked_quantity",
  "reserved_quantity",
  "incoming_quantity",
  "contact_name",
  "contact_phone",
  "users",
  "stock_location",
  "stock_locations",
])

shopSuite(({ api, getContainer, store }) => {
  it("answers no store GET route's expansion with stock levels, reservations, locations, users, customers or partners' contacts", async () => {
    const container = getContainer()
    await demoFarmHeaders(api)
    const customer = async (email: string) => {
      const password = "expand-secret-2026"
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
      return { authorization: `Bearer ${login.token}` }
    }
    const buyerAuth = await customer("expand-buyer@example.cn")
    await customer("expand-other@example.cn")
    const buyer = { headers: { ...store.headers, ...buyerAuth } }

    // the buyer's own order and cart, and a saved address
    await placeOrder(api, container, store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "expand-buyer@example.cn",
      auth: buyerAuth,
    })
    const { cartId } = await prepareCart(api, container, store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "expand-buyer@example.cn",
      auth: buyerAuth,
    })
    await api.post(
      "/store/customers/me/addresses",
      {
        first_name: "李明",
        phone: "13800138000",
        address_1: "天河区体育西路 1 号",
        city: "广州市",
        province: "广东省",
        country_code: "cn",
      },
      buyer
    )

    // what must never come back: partners' contacts, their stock locations, users' and other customers' e-mails
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: partners } = await query.graph({
      entity: "partner",
      fields: [
        "contact_name",
        "contact_phone",
        "address",
        "stock_location.id",
        "stock_location.address.address_1",
      ],
    })
    const { data: users } = await query.graph({ entity: "user", fields: ["email"] })
    const levels = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({}, { take: null } as any)
    const secrets = new Set<string>(
      [
        ...partners.flatMap((p: any) => [
          p.contact_name,
          p.contact_phone,
          p.address,
          p.stock_location?.id,
          p.stock_location?.address?.address_1,
        ]),
        ...users.map((u: any) => u.email),
        "expand-other@example.cn",
        ...levels.map((l: any) => l.id),
      ].filter((v): v is string => typeof v === "string" && v.length > 3)
    )
    expect(secrets.size).toBeGreaterThan(20)

    /** A real id for a route's first parameter: the first record its list route answers. */
    const idFor = async (path: string): Promise<string> => {
      if (path.startsWith("/store/carts/")) return cartId
      if (path.startsWith("/store/partners/")) return "dongxi-agritech"
      if (path.startsWith("/store/towns/")) return "bingcun"
      const list = path.slice(0, path.indexOf("/:"))
      const { data } = await api.get(list, { ...buyer, validateStatus: () => true })
      const records = Object.values(data ?? {}).find(Array.isArray) as any[] | undefined
      const first = records?.[0]
      return first?.id ?? first?.code ?? first?.handle ?? "probe"
    }

    const routes = registeredRoutes("/store").filter((r) => r.method === "GET")
    expect(routes.length).toBeGreaterThan(25)
    const leaks: string[] = []
    let sent = 0
    for (const route of routes) {
      let url = route.path
      if (url.includes(":")) {
        const id = await idFor(url)
        url = url.replace(/:[^/]+/, id).replace(/:[^/]+/g, "probe")
      }
      const extra = route.path === "/store/shipping-options" ? `&cart_id=${cartId}` : ""
      for (const fields of ATTEMPTS) {
        sent++
        const response = await api.get(`${url}?fields=${encodeURIComponent(fields)}${extra}`, {
          ...buyer,
          validateStatus: () => true,
        })
        expect(
          response.status,
          `${route.path} ${fields}: ${JSON.stringify(response.data).slice(0, 300)}`
        ).toBeLessThan(500)
        if (response.status >= 400) continue
        const text = JSON.stringify(response.data)
        for (const secret of secrets)
          if (text.includes(secret)) leaks.push(`${route.path} ?fields=${fields} → ${secret}`)
        const walk = (value: any, at: string) => {
          if (Array.isArray(value)) return value.forEach((v) => walk(v, at))
          if (!value || typeof value !== "object") return
          for (const [key, v] of Object.entries(value)) {
            if (PRIVATE_KEYS.has(key) && v !== undefined && v !== null)
              leaks.push(`${route.path} ?fields=${fields} → ${at}${key}`)
            if (at.endsWith("partner.") && key === "address")
              leaks.push(`${route.path} ?fields=${fields} → partner.address`)
            walk(v, `${at}${key}.`)
          }
        }
        walk(response.data, "")
      }
    }
    console.log(
      `store expansion: ${routes.length} GET routes, ${sent} requests, ${leaks.length} leaks`
    )
    expect([...new Set(leaks)]).toEqual([])

    // what the storefront asks for keeps working
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: any) => r.currency_code === "cny")
    const { data: list } = await api.get(
      `/store/products?handle=${TOMATO}&region_id=${region.id}&fields=id,*variants,+variants.inventory_quantity,*partner,*partner.town,*partner.village`,
      store
    )
    const product = list.products[0]
    expect(product.partner).toMatchObject({
      handle: "dongxi-agritech",
      name: expect.any(String),
      town: { handle: "bingcun" },
    })
    expect(product.partner).not.toHaveProperty("contact_phone")
    expect(typeof product.variants[0].inventory_quantity).toBe("number")
  }, 600_000)
})
