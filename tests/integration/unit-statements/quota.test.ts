/**
 * The unit's yearly aid quota: set by 管理员 or 财务 as an amount or as an
 * allowance per member × headcount (exact in fen), read by every member;
 * its progress is the aid ledger's net for the unit (refunds taken off), by
 * month and by town. Unit B never sees unit A's; bad input is a 400 in Chinese.
 */
import { shopSuite } from "../../fixtures/http"
import { units } from "../../fixtures/units"
import { chinaDayFromToday, unitReports } from "../../fixtures/unit-reports"
import { sum } from "../../fixtures/aid"

shopSuite((suite) => {
  const { storeCall } = units(suite)
  const { unitWithMembers } = units(suite)
  const { memberOrder, refund, unitEntries, netBy, summary } = unitReports(suite)
  const year = Number(chinaDayFromToday(0).slice(0, 4))
  const month = chinaDayFromToday(0).slice(0, 7)

  it("sets the target by amount or allowance × headcount; progress is the ledger's net by month and town", async () => {
    const a = await unitWithMembers(80)
    const b = await unitWithMembers(81)

    // nothing set yet: no quota, zero progress for every month
    const empty = await storeCall("GET", `/store/units/me/quota?year=${year}`, a.buyer)
    expect(empty.status, JSON.stringify(empty.data)).toBe(200)
    expect(empty.data.quota).toBeNull()
    expect(empty.data.progress).toMatchObject({ year, total: "0.00", percent: null, towns: [] })
    expect(empty.data.progress.months).toHaveLength(12)

    // ¥600.05 × 320 members, exact to the fen
    const set = await storeCall("PUT", "/store/units/me/quota", a.finance, {
      year,
      basis: "per_member",
      per_member: "600.05",
      headcount: 320,
    })
    expect(set.status, JSON.stringify(set.data)).toBe(200)
    expect(set.data.quota).toMatchObject({
      year,
      basis: "per_member",
      amount: "192016.00",
      per_member: "600.05",
      headcount: 320,
    })
    // the 管理员 changes it to an amount; the 采购员 may read but not write
    const byAmount = await storeCall("PUT", "/store/units/me/quota", a.admin, {
      year,
      basis: "amount",
      amount: "1000.10",
    })
    expect(byAmount.data.quota).toMatchObject({
      basis: "amount",
      amount: "1000.10",
      per_member: null,
    })
    const refused = await storeCall("PUT", "/store/units/me/quota", a.buyer, {
      year,
      basis: "amount",
      amount: "1",
    })
    expect(refused.status).toBe(403)
    expect(refused.data.message).toMatch(/管理员或财务/)

    // two paid orders of A's members, one partly refunded; one of B's
    const first = await memberOrder(a.buyer)
    await memberOrder(a.admin, [
      { handle: "bingcun-soilless-cherry-tomato", quantity: 1 },
      { handle: "songyuan-mountain-green-tea", quantity: 1 },
    ])
    await memberOrder(b.buyer)
    await refund(first.id, 3.33)

    const entries = await unitEntries(a.unit.id)
    expect(entries.some((e) => e.kind === "refund")).toBe(true)
    const net = sum(entries.map((e) => e.amount))
    const read = await storeCall("GET", "/store/units/me/quota", a.finance)
    expect(read.status).toBe(200)
    const { progress } = read.data
    expect(progress.total).toBe(net)
    expect(progress.months.find((m: any) => m.month === month).amount).toBe(net)
    expect(sum(progress.months.map((m: any) => m.amount))).toBe(net)
    const towns = netBy(entries, (e) => e.town_id)
    expect(new Map(progress.towns.map((t: any) => [t.town_id, t.amount]))).toEqual(towns)
    expect(progress.towns.every((t: any) => /镇|乡|街道/.test(t.name))).toBe(true)
    // the ledger's own report agrees
    const report = await summary(`group_by=town&unit=${a.unit.id}&buyer_kind=unit`)
    expect(report.total.amount).toBe(net)
    // percent of ¥1,000.10, one decimal
    const expected = Math.round((Number(net) / 1000.1) * 1000) / 10
    expect(progress.percent).toBeCloseTo(expected, 1)

    // B sees its own target (none) and its own orders only
    const ofB = await storeCall("GET", "/store/units/me/quota", b.admin)
    expect(ofB.data.quota).toBeNull()
    expect(ofB.data.progress.total).toBe(sum((await unitEntries(b.unit.id)).map((e) => e.amount)))
    expect(ofB.data.progress.total).not.toBe(net)

    // the support team's table
    const table = await suite.api.get(`/admin/unit-quotas?year=${year}`, suite.admin)
    const rowA = table.data.units.find((u: any) => u.unit_id === a.unit.id)
    expect(rowA).toMatchObject({ total: net, quota: { amount: "1000.10" } })
    expect(table.data.units.find((u: any) => u.unit_id === b.unit.id)).toMatchObject({
      quota: null,
    })
    // many accounts, orders and payments: minutes on a loaded two-core machine (not a speed target)
  }, 400_000)

  it("refuses bad input with a Chinese message, fields=, a stranger and a pending unit", async () => {
    const a = await unitWithMembers(82)
    const pending = await unitWithMembers(83, { verify: false })
    const bad: [unknown, RegExp][] = [
      [{ year: 1999, basis: "amount", amount: "10" }, /年份/],
      [{ year, basis: "amount", amount: "-5" }, /年度目标/],
      [{ year, basis: "amount", amount: "1.001" }, /年度目标/],
      [{ year, basis: "per_member", per_member: "600", headcount: 0 }, /人数/],
      [{ year, basis: "per_member", per_member: "600", headcount: 2.5 }, /人数/],
      [{ year, basis: "amount", amount: "10", unit_id: "unit_x" }, /unit_id|Unrecognized/],
      [{ year, basis: "weekly", amount: "10" }, /basis|Invalid/],
    ]
    for (const [body, message] of bad) {
      const r = await storeCall("PUT", "/store/units/me/quota", a.finance, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.data.message, JSON.stringify(body)).toMatch(message)
    }
    expect((await storeCall("GET", "/store/units/me/quota?year=abc", a.finance)).status).toBe(400)
    const fields = await storeCall("GET", "/store/units/me/quota?fields=*unit", a.finance)
    expect(fields.status).toBe(400)
    expect((await storeCall("GET", "/store/units/me/quota")).status).toBe(401)
    const p = await storeCall("GET", "/store/units/me/quota", pending.admin)
    expect(p.status).toBe(403)
    expect(p.data.message).toMatch(/认证/)
    // nothing was stored by the refused writes
    expect((await storeCall("GET", "/store/units/me/quota", a.admin)).data.quota).toBeNull()
  })
})
