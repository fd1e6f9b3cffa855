/**
 * Every /store/units and /admin/units route the running app registers (read
 * from its Express router, not listed by hand), called as every kind of
 * actor: nobody signed in (401), a customer of no unit (404 on /me), a
 * member of unit A naming unit B's members (404) or asking `fields=` to
 * expand into B or its customers (400), a 采购员 or 财务 on the 管理员's
 * actions (403), a customer or a farm account on the support team's routes
 * (401, 403). Nothing of unit B ever appears in what A's members read.
 */
import { shopSuite } from "../../fixtures/http"
import { demoFarmHeaders } from "../../fixtures/farm"
import type { Headers } from "../../fixtures/http"
import { registeredRoutes, type RouteKey } from "../../fixtures/routes"
import { units } from "../../fixtures/units"
import { invoices, normalBody, PDF } from "../invoices/invoice-fixtures"
import { BODIES, STORE_ROUTES } from "./store-routes"

const key = (r: RouteKey) => `${r.method} ${r.path}`

shopSuite((suite) => {
  const { api } = suite
  const { customer, storeCall, unitWithMembers } = units(suite)

  it("every /store/units route answers each actor as its scope says, and unit A reaches nothing of unit B", async () => {
    const a = await unitWithMembers(60)
    const b = await unitWithMembers(61)
    const stranger = await customer("stranger@unit-test.example.cn")
    const bMembers = [b.adminMemberId, b.buyerMemberId, b.financeMemberId]
    const bStatement = await storeCall("POST", "/store/units/me/statements", b.finance, {
      from: "2026-01-01",
      to: "2026-01-31",
    })
    expect(bStatement.status, JSON.stringify(bStatement.data)).toBe(201)
    // unit B's 发票 of a paid order of its member, issued with a PDF
    const invoicing = invoices(suite)
    const bOrder = await invoicing.order(b.buyer)
    const bInvoice = await storeCall("POST", "/store/units/me/invoice-requests", b.finance, {
      ...normalBody("0.01"),
      order_id: bOrder.id,
    })
    expect(bInvoice.status, JSON.stringify(bInvoice.data)).toBe(201)
    const bInvoiceId = bInvoice.data.invoice_request.id
    await invoicing.adminCall("POST", `/admin/invoice-requests/${bInvoiceId}/issue`, {
      number: "24442000000088880001",
      issued_on: "2026-11-30",
    })
    expect((await invoicing.upload(bInvoiceId, PDF)).status).toBe(200)

    const routes = registeredRoutes("/store/units")
    expect(routes.map(key).sort()).toEqual(Object.keys(STORE_ROUTES).sort())
    const fill = (path: string, id: string) => path.replace(":id", id)

    for (const route of routes) {
      const kind = STORE_ROUTES[key(route)]
      const body = BODIES[key(route)]
      const url = fill(route.path, a.buyerMemberId)
      // nobody signed in (the storefront's key only)
      expect((await storeCall(route.method, url, undefined, body)).status, key(route)).toBe(401)
      // a bearer that is not a customer's
      const forged = { headers: { authorization: "Bearer not-a-token" } }
      expect((await storeCall(route.method, url, forged, body)).status, key(route)).toBe(401)
      // fields= is refused on every route, whoever asks
      const fields = `${url}?fields=${encodeURIComponent("*members.customer,members.customer.email")}`
      expect((await storeCall(route.method, fields, a.admin, body)).status, key(route)).toBe(400)
      if (kind === "apply") continue
      // a customer of no unit has no /me
      expect((await storeCall(route.method, url, stranger, body)).status, key(route)).toBe(404)
      if (kind === "bulk") continue
      if (kind === "statement") {
        // unit B's statement is no statement of A's, whoever of A asks
        for (const actor of [a.admin, a.buyer, a.finance] as Headers[]) {
          const r = await storeCall(
            route.method,
            fill(route.path, bStatement.data.statement.id),
            actor
          )
          expect(r.status, key(route)).toBe(404)
        }
        continue
      }
      if (kind === "approval-request") {
        // the 财务 may not request; a cart that is not the member's own: 404
        expect((await storeCall(route.method, url, a.finance, body)).status, key(route)).toBe(403)
        for (const actor of [a.admin, a.buyer]) {
          expect((await storeCall(route.method, url, actor, body)).status, key(route)).toBe(404)
        }
        continue
      }
      if (kind === "approval") {
        // no request of A's by this id: 404 for whoever may read or decide, 403 for who may not decide
        const decide = route.method === "POST"
        for (const actor of [a.admin, a.buyer, a.finance] as Headers[]) {
          const r = await storeCall(route.method, fill(route.path, "uappr_none"), actor, body)
          expect(r.status, key(route)).toBe(decide && actor !== a.admin ? 403 : 404)
        }
        continue
      }
      if (kind === "quote-request") {
        // the 财务 may not ask for quotes; a cart that is not the member's own: 404
        expect((await storeCall(route.method, url, a.finance, body)).status, key(route)).toBe(403)
        for (const actor of [a.admin, a.buyer]) {
          expect((await storeCall(route.method, url, actor, body)).status, key(route)).toBe(404)
        }
        continue
      }
      if (kind === "quote") {
        // no quote of A's by this id: 404 for whoever may read or decide, 403 for the 财务's decisions
        const decide = route.method === "POST"
        for (const actor of [a.admin, a.buyer, a.finance] as Headers[]) {
          const r = await storeCall(route.method, fill(route.path, "quote_none"), actor, body)
          expect(r.status, key(route)).toBe(decide && actor === a.finance ? 403 : 404)
        }
        continue
      }
      if (kind === "invoice") {
        expect((await storeCall(route.method, url, a.buyer, body)).status, key(route)).toBe(403)
        for (const actor of [a.admin, a.finance]) {
          // B's request (its file), B's order: 404; A's own list: 200
          const r = route.path.includes(":id")
            ? await storeCall(route.method, fill(route.path, bInvoiceId), actor)
            : route.method === "POST"
              ? await storeCall(route.method, url, actor, {
                  ...(body as object),
                  order_id: bOrder.id,
                })
              : await storeCall(route.method, `${url}?order_id=${bOrder.id}`, actor)
          expect(r.status, key(route)).toBe(404)
        }
        if (route.method === "GET" && !route.path.includes(":id")) {
          const own = await storeCall("GET", url, a.finance)
          expect(own.status).toBe(200)
          expect(own.data.invoice_requests).toEqual([])
        }
        continue
      }
      if (kind === "finance-write") {
        expect((await storeCall(route.method, url, a.buyer, body)).status, key(route)).toBe(403)
        for (const actor of [a.admin, a.finance]) {
          expect((await storeCall(route.method, url, actor, body)).status, key(route)).toBeLessThan(
            300
          )
        }
        continue
      }
      if (route.path.includes(":id")) {
        // unit B's members are not A's: 404 for every role of A, and nothing changed
        for (const actor of [a.admin, a.buyer, a.finance] as Headers[]) {
          for (const id of bMembers) {
            const r = await storeCall(route.method, fill(route.path, id), actor, body)
            expect(r.status, `${key(route)} ${id}`).toBe(actor === a.admin ? 404 : 403)
          }
        }
      }
      if (kind === "admin-or-leaving") {
        // another member of the unit: the 管理员's alone
        for (const [actor, id] of [
          [a.buyer, a.financeMemberId],
          [a.finance, a.buyerMemberId],
        ] as const) {
          const r = await storeCall(route.method, fill(route.path, id), actor, body)
          expect(r.status, key(route)).toBe(403)
        }
      }
      if (kind === "admin-write") {
        for (const actor of [a.buyer, a.finance]) {
          expect((await storeCall(route.method, url, actor, body)).status, key(route)).toBe(403)
        }
      }
      if (kind === "buyer") {
        expect((await storeCall(route.method, url, a.finance, body)).status, key(route)).toBe(403)
        expect((await storeCall(route.method, url, a.buyer, body)).status, key(route)).toBeLessThan(
          500
        )
      }
    }
    // B is untouched: its three members, their roles
    const bList = await storeCall("GET", "/store/units/me/members", b.admin)
    expect(bList.data.members.map((m: any) => [m.id, m.role])).toEqual([
      [b.adminMemberId, "admin"],
      [b.buyerMemberId, "buyer"],
      [b.financeMemberId, "finance"],
    ])
    // a unit id in a store path is no route; B's never appears in A's reads
    expect((await storeCall("GET", `/store/units/${b.unit.id}`, a.admin)).status).toBe(404)
    const bSecrets = [
      b.unit.id,
      b.unit.credit_code,
      ...bMembers,
      "61@unit-test.example.cn",
      bStatement.data.statement.id,
      bStatement.data.statement.code,
    ]
    for (const actor of [a.admin, a.buyer, a.finance]) {
      for (const url of [
        "/store/units/me",
        "/store/units/me/members",
        "/store/units/me/quota",
        "/store/units/me/statements",
        "/store/units/me/quotes",
      ]) {
        const text = JSON.stringify((await storeCall("GET", url, actor)).data)
        for (const secret of bSecrets) expect(text, `${url}: ${secret}`).not.toContain(secret)
      }
    }
    // the customer's own routes cannot expand into a unit or its members either
    for (const fields of ["*unit_member", "unit_member.unit.members.customer.email", "*units"]) {
      const r = await storeCall(
        "GET",
        `/store/customers/me?fields=${encodeURIComponent(fields)}`,
        a.admin
      )
      expect(r.status, fields).toBeLessThan(500)
      const text = JSON.stringify(r.data)
      for (const secret of bSecrets) expect(text, fields).not.toContain(secret)
      expect(text, fields).not.toContain(a.unit.id)
    }
  }, 600_000)

  it("every /admin/units route: 401 without a login or with a customer's, 403 for a farm account", async () => {
    const routes = registeredRoutes("/admin/units")
    expect(routes.map(key)).toEqual(
      expect.arrayContaining([
        "GET /admin/units",
        "POST /admin/units",
        "GET /admin/units/:id",
        "POST /admin/units/:id",
        "POST /admin/units/:id/verify",
        "POST /admin/units/:id/disable",
        "GET /admin/units/:id/members",
        "POST /admin/units/:id/members",
        "POST /admin/units/:id/members/:member_id",
        "DELETE /admin/units/:id/members/:member_id",
        "GET /admin/units/:id/prices",
        "POST /admin/units/:id/prices",
        "POST /admin/units/:id/prices/:variant_id",
        "DELETE /admin/units/:id/prices/:variant_id",
        "GET /admin/units/:id/statements",
        "POST /admin/units/:id/statements",
        "GET /admin/units/:id/statements/:statement_id/pdf",
        "GET /admin/units/:id/statements/:statement_id/xlsx",
      ])
    )
    const a = await unitWithMembers(70, { verify: false })
    const farm = await demoFarmHeaders(api)
    const call = (route: RouteKey, headers: Record<string, string>) =>
      api.request({
        method: route.method,
        url: route.path
          .replace(":id", a.unit.id)
          .replace(":member_id", a.buyerMemberId)
          .replace(":variant_id", "variant_any"),
        data: {},
        headers,
        validateStatus: () => true,
      })
    for (const route of routes) {
      expect((await call(route, {})).status, key(route)).toBe(401)
      expect((await call(route, a.admin.headers)).status, key(route)).toBe(401)
      expect((await call(route, farm.headers)).status, key(route)).toBe(403)
    }
    // nothing changed: still pending, three members
    const { data } = await suite.api.get(`/admin/units/${a.unit.id}`, suite.admin)
    expect(data.unit.status).toBe("pending")
    expect(data.unit.members).toHaveLength(3)
  }, 300_000)
})
