/**
 * The aid ledger's reconciliation (on demand and the nightly job) and its
 * reports: the admin's summary, entries, targets and exports, and the
 * public's impact figures.
 */
import { shopSuite } from "../../fixtures/http"
import BigNumber from "bignumber.js"
import ExcelJS from "exceljs"
import { backendRequire, failure } from "../../fixtures/medusa"
import { aidLedger, sum, THREE_TOWNS } from "../../fixtures/aid"

shopSuite((shop) => {
  const { api, getContainer, admin, store } = shop
  const {
    entriesOf,
    ledgerFor,
    order,
    paidItemTotal,
    capturedPayment,
    summary,
    reconcile,
    createPromotion,
  } = aidLedger(shop)

  it("reconciles a mix of orders to ¥0.00 and reports a planted mismatch", async () => {
    await createPromotion("MEIXIAN9", 9)
    const discounted = await order(THREE_TOWNS, ["MEIXIAN9"])
    const refunded = await order([{ handle: "shejiang-simiao-rice", quantity: 10 }])
    const canceled = await order([{ handle: "songyuan-mountain-green-tea", quantity: 2 }])
    const payment = await capturedPayment(refunded.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 33.33 }, admin)
    await ledgerFor(refunded.id, "refund")
    await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
    await ledgerFor(canceled.id, "cancellation")

    const clean = await reconcile()
    expect(clean).toMatchObject({
      orders_checked: 3,
      mismatch_count: 0,
      difference_total: "0.00",
      mismatches: [],
    })

    const aid = getContainer().resolve("aid") as any
    const [line] = await entriesOf(discounted.id)
    await aid.recordCorrection({
      ...line,
      source_id: "planted",
      quantity: 0,
      amount: "5.00",
      occurred_at: new Date(),
      reason: "planted mismatch",
    })
    const dirty = await reconcile()
    expect(dirty.mismatch_count).toBe(1)
    expect(dirty.difference_total).toBe("5.00")
    expect(dirty.mismatches[0]).toMatchObject({ order_id: discounted.id, difference: "5.00" })
    expect((await api.get("/admin/aid/reconciliation", admin)).data.reconciliation.id).toBe(
      dirty.id
    )
  })

  it("runs the nightly reconciliation job", async () => {
    await order([{ handle: "shejiang-simiao-rice", quantity: 1 }])
    const job = backendRequire("src/jobs/reconcile-aid-ledger.ts")
    expect(job.config.schedule).toBe("0 19 * * *")
    await job.default(getContainer())
    const { data } = await api.get("/admin/aid/reconciliation", admin)
    expect(data.reconciliation).toMatchObject({
      trigger: "job",
      mismatch_count: 0,
      difference_total: "0.00",
    })
  })

  describe("reports API", () => {
    it("refuses a cart that would hide its order from the ledger", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const bad = await failure(
        api.post(
          "/store/carts",
          { region_id: regions.regions[0].id, metadata: { aid_import: "pending" } },
          store
        )
      )
      expect(bad.status).toBe(400)
      const { data } = await api.post(
        "/store/carts",
        { region_id: regions.regions[0].id, metadata: { gift: "yes" } },
        store
      )
      expect(
        (
          await failure(
            api.post(`/store/carts/${data.cart.id}`, { metadata: { aid_import: "pending" } }, store)
          )
        ).status
      ).toBe(400)
    })

    it("needs an admin and answers 400 for bad filters, 404 for an unknown town", async () => {
      expect((await failure(api.get("/admin/aid/summary"))).status).toBe(401)
      expect((await failure(api.get("/admin/aid/awaiting-payment"))).status).toBe(401)
      expect(
        (await failure(api.get("/admin/aid/awaiting-payment?town=bingcun", admin))).status
      ).toBe(400)
      expect((await failure(api.get("/store/aid/impact"))).status).toBe(400)
      const bad = await failure(api.get("/admin/aid/summary?from=2026-02-30", admin))
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.data)).toContain("from")
      expect(
        (await failure(api.get("/admin/aid/summary?from=2026-05-01&to=2026-04-01", admin))).status
      ).toBe(400)
      expect((await failure(api.get("/admin/aid/summary?group_by=village", admin))).status).toBe(
        400
      )
      expect((await failure(api.get("/admin/aid/entries?limit=100000", admin))).status).toBe(400)
      expect((await failure(api.get("/admin/aid/summary?town=atlantis", admin))).status).toBe(404)
      const targets = await failure(
        api.post(
          "/admin/aid/targets",
          { year: 2026, targets: [{ town_id: "town_x", amount: "1.234" }] },
          admin
        )
      )
      expect(targets.status).toBe(400)
    })

    it("sets yearly town targets and shows progress", async () => {
      const placed = await order([{ handle: "shejiang-simiao-rice", quantity: 2 }])
      const { data: towns } = await api.get("/admin/towns", admin)
      const shejiang = towns.towns.find((t: any) => t.handle === "shejiang")
      const year = new Date(placed.created_at).getUTCFullYear()
      const { data: saved } = await api.post(
        "/admin/aid/targets",
        { year, targets: [{ town_id: shejiang.id, amount: "200000.00" }] },
        admin
      )
      expect(saved.targets).toEqual([{ town_id: shejiang.id, amount: "200000.00" }])
      const report = await summary(`group_by=town&from=${year}-01-01&to=${year}-12-31`)
      const row = report.rows.find((r: any) => r.key === shejiang.id)
      expect(row.target).toBe("200000.00")
      expect(row.progress).toBe(
        Number(new BigNumber(row.amount).div(200000).decimalPlaces(4).toFixed())
      )
      expect(report.target_year).toBe(year)
      await api.post(
        "/admin/aid/targets",
        { year, targets: [{ town_id: shejiang.id, amount: null }] },
        admin
      )
      expect((await api.get(`/admin/aid/targets?year=${year}`, admin)).data.targets).toEqual([])
    })

    it("exports the summary and the entries as CSV with a BOM and as XLSX with Chinese headers", async () => {
      await order()
      const csv = await api.get("/admin/aid/summary/export?format=csv&group_by=town", {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-disposition"]).toContain("filename*=UTF-8''")
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString("utf8")
      expect(text).toContain("镇,帮扶金额（元）,数量（件）,订单数")
      expect(text).toContain("丙村镇")
      expect(text).toContain("\r\n合计,")

      const xlsx = await api.get("/admin/aid/entries/export?format=xlsx", {
        ...admin,
        responseType: "arraybuffer",
      })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(xlsx.data) as any)
      const sheet = workbook.worksheets[0]
      expect(sheet.getRow(1).getCell(9).value).toBe("金额（元）")
      expect(sheet.rowCount).toBe(4)
      const amounts = [2, 3, 4].map(
        (r) => new BigNumber(sheet.getRow(r).getCell(9).value as number)
      )
      expect(amounts.every((a) => a.gt(0))).toBe(true)
    })

    it("lists entries by town and partner handle, and groups by buyer kind", async () => {
      await order()
      const { data } = await api.get("/admin/aid/entries?town=bingcun", admin)
      expect(data.count).toBe(1)
      expect(data.entries[0]).toMatchObject({ town_name: "丙村镇", kind: "sale" })
      const partnerHandle = (await api.get(`/admin/partners/${data.entries[0].partner_id}`, admin))
        .data.partner.handle
      expect((await api.get(`/admin/aid/entries?partner=${partnerHandle}`, admin)).data.count).toBe(
        1
      )
      const kinds = await summary("group_by=buyer_kind")
      expect(kinds.rows.map((r: any) => r.label)).toEqual(["个人", "单位"])
      expect(kinds.rows[1]).toMatchObject({ key: "unit", amount: "0.00" })
    })

    it("tells the public the total, the towns' amounts and the partners reached", async () => {
      const placed = await order()
      const { data } = await api.get("/store/aid/impact", store)
      expect(data.currency_code).toBe("cny")
      expect(data.total).toBe(await paidItemTotal(placed.id))
      expect(data.towns).toHaveLength(5)
      expect(sum(data.towns.map((t: any) => t.amount))).toBe(data.total)
      expect(data.partners).toBe(3)
      expect(data.households).toBeGreaterThan(0)
      expect(JSON.stringify(data)).not.toContain("contact")
    })
  })
})
