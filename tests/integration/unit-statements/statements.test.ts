/**
 * Statements anyone can verify: issued by a unit's 管理员 or 财务 (or the
 * support team) for a period of China days; the totals equal the aid
 * ledger's for the unit and period to the fen; the code verifies publicly
 * with nothing else of the unit; a refund afterwards makes it not current;
 * unit B reaches nothing of unit A's; bad input is a 400 in Chinese.
 */
import { shopSuite } from "../../fixtures/http"
import { units } from "../../fixtures/units"
import { chinaDayFromToday, unitReports } from "../../fixtures/unit-reports"
import { sum } from "../../fixtures/aid"
import { pdfPages } from "../../fixtures/pdf-text"

shopSuite((suite) => {
  const { api, store, admin } = suite
  const { storeCall, adminCall, unitWithMembers } = units(suite)
  const { memberOrder, refund, unitEntries, netBy } = unitReports(suite)
  const period = { from: chinaDayFromToday(-30), to: chinaDayFromToday(1) }
  const verify = (code: string) =>
    api.get(`/store/statements/${encodeURIComponent(code)}`, {
      ...store,
      validateStatus: () => true,
    })
  const download = (url: string, auth: { headers: Record<string, string> }) =>
    api.get(url, {
      headers: { ...store.headers, ...auth.headers },
      responseType: "arraybuffer",
      validateStatus: () => true,
    })

  it("a statement's totals equal the ledger's to the fen, its code verifies, a later refund makes it not current", async () => {
    const a = await unitWithMembers(90)
    const b = await unitWithMembers(91)
    const first = await memberOrder(a.buyer)
    await memberOrder(a.admin, [
      { handle: "bingcun-soilless-cherry-tomato", quantity: 3 },
      { handle: "songyuan-mountain-green-tea", quantity: 1 },
    ])
    await refund(first.id, 1.07)
    await memberOrder(b.buyer)

    // 采购员 cannot issue; 财务 can
    expect((await storeCall("POST", "/store/units/me/statements", a.buyer, period)).status).toBe(
      403
    )
    const issued = await storeCall("POST", "/store/units/me/statements", a.finance, period)
    expect(issued.status, JSON.stringify(issued.data)).toBe(201)
    const { statement, pdf_url, xlsx_url } = issued.data
    expect(pdf_url).toBe(`/store/units/me/statements/${statement.id}/pdf`)
    expect(xlsx_url).toBe(`/store/units/me/statements/${statement.id}/xlsx`)

    const entries = await unitEntries(a.unit.id)
    expect(statement).toMatchObject({
      unit_name: a.unit.name,
      credit_code: a.unit.credit_code,
      period,
      total: sum(entries.map((e) => e.amount)),
      refunded_total: "1.07",
      entry_count: entries.length,
      issued_by: "unit",
    })
    expect(statement.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/)
    expect(new Map(statement.towns.map((t: any) => [t.town_id, t.amount]))).toEqual(
      netBy(entries, (e) => e.town_id)
    )
    expect(new Map(statement.partners.map((p: any) => [p.partner_id, p.amount]))).toEqual(
      netBy(entries, (e) => e.partner_id)
    )
    expect(statement.orders).toHaveLength(2)
    expect(sum(statement.orders.map((o: any) => o.net))).toBe(statement.total)
    expect(sum(statement.towns.map((t: any) => t.amount))).toBe(statement.total)

    // the public check: exactly the agreed fields, nothing else of the unit
    const checked = await verify(statement.code)
    expect(checked.status).toBe(200)
    expect(checked.data).toEqual({
      statement: {
        unit_name: a.unit.name,
        period,
        total: statement.total,
        towns: statement.towns.map((t: any) => ({ name: t.name, amount: t.amount })),
        issued_at: statement.issued_at,
        current: true,
      },
    })
    const text = JSON.stringify(checked.data)
    for (const secret of [a.unit.credit_code, a.unit.id, statement.id, first.id]) {
      expect(text).not.toContain(secret)
    }
    // typed as people type it: lower case, in groups
    const typed = statement.code.toLowerCase().match(/.{4}/g).join("-")
    expect((await verify(typed)).data.statement.current).toBe(true)
    // unknown and malformed codes, fields=
    const other = statement.code.slice(0, 19) + (statement.code[19] === "0" ? "1" : "0")
    expect((await verify(other)).status).toBe(404)
    expect((await verify("nope")).status).toBe(404)
    expect((await verify("x".repeat(400))).status).toBe(404)
    const fields = await api.get(`/store/statements/${statement.code}?fields=*unit`, {
      ...store,
      validateStatus: () => true,
    })
    expect(fields.status).toBe(400)
    // the publishable key is needed as on every store route
    expect(
      (await api.get(`/store/statements/${statement.code}`, { validateStatus: () => true })).status
    ).toBe(400)

    // downloads: every member of A; B's members get 404
    const pdf = await download(pdf_url, a.buyer)
    expect(pdf.status).toBe(200)
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/)
    const pages = (await pdfPages(Buffer.from(pdf.data))).join("")
    expect(pages).toContain("消费帮扶采购对账单")
    expect(pages).toContain(a.unit.name)
    expect(pages).toContain(a.unit.credit_code)
    const xlsx = await download(xlsx_url, a.finance)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/)
    for (const actor of [b.admin, b.finance, b.buyer]) {
      expect((await download(pdf_url, actor)).status).toBe(404)
      expect((await download(xlsx_url, actor)).status).toBe(404)
    }
    const listB = await storeCall("GET", "/store/units/me/statements", b.finance)
    expect(listB.data.statements).toEqual([])
    const listA = await storeCall("GET", "/store/units/me/statements", a.buyer)
    expect(listA.data.statements.map((s: any) => [s.id, s.current])).toEqual([[statement.id, true]])

    // a refund in the period after issuing: the statement is no longer current
    await refund(first.id, 2)
    expect((await verify(statement.code)).data.statement.current).toBe(false)
    const again = await storeCall("GET", "/store/units/me/statements", a.finance)
    expect(again.data.statements[0].current).toBe(false)
    // a B order changes nothing of A's
    const reissued = await storeCall("POST", "/store/units/me/statements", a.admin, period)
    expect(reissued.data.statement.total).toBe(
      sum((await unitEntries(a.unit.id)).map((e) => e.amount))
    )
    await memberOrder(b.finance)
    expect((await verify(reissued.data.statement.code)).data.statement.current).toBe(true)

    // the support team issues and reprints
    const byAdmin = await adminCall("POST", `/admin/units/${a.unit.id}/statements`, period)
    expect(byAdmin.status, JSON.stringify(byAdmin.data)).toBe(201)
    expect(byAdmin.data.statement).toMatchObject({
      issued_by: "support",
      total: reissued.data.statement.total,
    })
    expect(byAdmin.data.pdf_url).toBe(
      `/admin/units/${a.unit.id}/statements/${byAdmin.data.statement.id}/pdf`
    )
    const adminList = await adminCall("GET", `/admin/units/${a.unit.id}/statements`)
    expect(adminList.data.statements).toHaveLength(3)
    const reprint = await api.get(byAdmin.data.pdf_url, {
      ...admin,
      responseType: "arraybuffer",
    })
    expect(reprint.headers["content-type"]).toMatch(/application\/pdf/)
    // another unit's statement under A's path: 404
    const wrong = await adminCall(
      "GET",
      `/admin/units/${b.unit.id}/statements/${byAdmin.data.statement.id}/pdf`
    )
    expect(wrong.status).toBe(404)
    expect((await adminCall("GET", "/admin/units/unit_missing/statements")).status).toBe(404)
    // many accounts, orders and payments: minutes on a loaded two-core machine (not a speed target)
  }, 400_000)

  it("refuses bad periods in Chinese, and a pending unit", async () => {
    const a = await unitWithMembers(92)
    const pending = await unitWithMembers(93, { verify: false })
    const bad: [unknown, RegExp][] = [
      [{ from: "2026-03-01", to: "2026-02-01" }, /开始日期不能晚于结束日期/],
      [{ from: "2026-02-30", to: "2026-03-01" }, /不是有效的日期/],
      [{ from: "2026/01/01", to: "2026-03-01" }, /日期/],
      [{ from: "2020-01-01", to: "2026-01-01" }, /最长五年/],
      [{ from: "2026-01-01" }, /结束日期/],
      [{ from: "2026-01-01", to: "2026-01-02", unit_id: "unit_x" }, /unit_id|Unrecognized/],
    ]
    for (const [body, message] of bad) {
      const r = await storeCall("POST", "/store/units/me/statements", a.finance, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.data.message, JSON.stringify(body)).toMatch(message)
      const byAdmin = await adminCall("POST", `/admin/units/${a.unit.id}/statements`, body)
      expect(byAdmin.status, JSON.stringify(body)).toBe(400)
    }
    const fields = await storeCall(
      "POST",
      "/store/units/me/statements?fields=*unit",
      a.finance,
      period
    )
    expect(fields.status).toBe(400)
    const p = await storeCall("POST", "/store/units/me/statements", pending.finance, period)
    expect(p.status).toBe(403)
    // nothing was issued
    expect((await storeCall("GET", "/store/units/me/statements", a.admin)).data.statements).toEqual(
      []
    )
  })
})
