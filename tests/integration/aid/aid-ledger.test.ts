import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import ExcelJS from "exceljs"
import { backendRequire, failure } from "../../fixtures/medusa"
import {
  BANK_TRANSFER,
  eventually,
  payOrder,
  placeOrder,
  receiveTransfer,
  syncLedger,
} from "../../fixtures/orders"

const THREE_TOWNS = [
  { handle: "bingcun-soilless-cherry-tomato", quantity: 2 },
  { handle: "shejiang-simiao-rice", quantity: 3 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

const yuan = (value: BigNumber.Value) => new BigNumber(value).toFixed(2)
const sum = (values: BigNumber.Value[]) =>
  yuan(values.reduce<BigNumber>((acc, v) => acc.plus(v), new BigNumber(0)))

shopSuite(({ api, getContainer, admin, store }) => {
  const entriesOf = async (orderId: string) =>
    (await api.get(`/admin/aid/entries?order_id=${orderId}&limit=500`, admin)).data.entries as any[]

  /** Waits until the order's entries include `kind` (subscribers run in the background). */
  const ledgerFor = (orderId: string, kind = "sale", count = 1) =>
    eventually(async () => {
      const entries = await entriesOf(orderId)
      return entries.filter((e) => e.kind === kind).length >= count && entries
    })

  /** A paid order (placed, then its payment captured), once the ledger has its sale. */
  const order = async (lines = THREE_TOWNS, promo_codes?: string[]) => {
    const placed = await placeOrder(api, getContainer(), store, { lines, promo_codes })
    await payOrder(api, admin, placed.id)
    await ledgerFor(placed.id)
    return placed
  }

  const paidItemTotal = async (orderId: string) => {
    const { data } = await api.get(`/admin/orders/${orderId}?fields=item_total,*items`, admin)
    return yuan(data.order.item_total)
  }

  /** The order's (captured) payment, to refund from. */
  const capturedPayment = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=*payment_collections.payments`,
      admin
    )
    return data.order.payment_collections[0].payments[0].id as string
  }

  const awaiting = async () =>
    (await api.get("/admin/aid/awaiting-payment", admin)).data.awaiting_payment
  const impact = async () => (await api.get("/store/aid/impact", store)).data

  const summary = async (params = "group_by=town") =>
    (await api.get(`/admin/aid/summary?${params}`, admin)).data

  const reconcile = async () =>
    (await api.post("/admin/aid/reconciliation", {}, admin)).data.reconciliation

  const createPromotion = async (code: string, percent: number) => {
    await api.post(
      "/admin/promotions",
      {
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: {
          type: "percentage",
          target_type: "order",
          allocation: "across",
          value: percent,
          currency_code: "cny",
        },
      },
      admin
    )
  }

  it("credits an order from three towns with a promotion: the towns' amounts sum exactly to the paid item total", async () => {
    await createPromotion("XIANGCUN17", 17)
    const placed = await order(THREE_TOWNS, ["XIANGCUN17"])
    const entries = await entriesOf(placed.id)
    expect(entries).toHaveLength(3)
    expect(new Set(entries.map((e) => e.town_name))).toEqual(
      new Set(["丙村镇", "畲江镇", "松源镇"])
    )
    for (const entry of entries) {
      expect(entry.amount).toMatch(/^\d+\.\d{2}$/)
      expect(entry.buyer_kind).toBe("consumer")
    }

    const paid = await paidItemTotal(placed.id)
    const { data: full } = await api.get(
      `/admin/orders/${placed.id}?fields=discount_total,original_item_total`,
      admin
    )
    expect(Number(full.order.discount_total)).toBeGreaterThan(0)
    expect(sum(entries.map((e) => e.amount))).toBe(paid)

    const report = await summary()
    expect(report.total.amount).toBe(paid)
    expect(sum(report.rows.map((r: any) => r.amount))).toBe(paid)
    expect(report.total.orders).toBe(1)
    const { data: towns } = await api.get("/store/towns", store)
    expect(report.rows.map((r: any) => r.label).sort()).toEqual(
      towns.towns.map((t: any) => t.name).sort()
    )
    const bingcun = report.rows.find((r: any) => r.label === "丙村镇")
    expect(bingcun.amount).toBe(
      sum(entries.filter((e) => e.town_name === "丙村镇").map((e) => e.amount))
    )
    expect(bingcun.orders).toBe(1)
    expect(report.rows.find((r: any) => r.label === "南口镇")).toMatchObject({
      amount: "0.00",
      orders: 0,
    })

    const byMonth = await summary("group_by=month")
    expect(sum(byMonth.rows.map((r: any) => r.amount))).toBe(paid)
    const byPartner = await summary("group_by=partner&town=bingcun")
    expect(byPartner.total.amount).toBe(bingcun.amount)
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("credits a bank-transfer order only once its payment is captured, dated at the capture, once", async () => {
    const placed = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    const items = await paidItemTotal(placed.id)
    await syncLedger(getContainer(), [placed.id])
    // placed, authorized, not paid: nowhere in the ledger or its reports
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await summary()).total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect((await impact()).total).toBe("0.00")
    let reconciliation = await reconcile()
    expect(reconciliation).toMatchObject({
      orders_checked: 1,
      mismatch_count: 0,
      difference_total: "0.00",
    })
    // but waiting for its payment, with what each town will receive
    const waiting = await awaiting()
    expect(waiting).toMatchObject({ orders: 1, amount: items, currency_code: "cny" })
    expect(waiting.towns.map((t: any) => t.label).sort()).toEqual(["丙村镇", "松源镇", "畲江镇"])
    expect(sum(waiting.towns.map((t: any) => t.amount))).toBe(items)

    // part of the money arrives: still not paid
    const { data } = await api.get(
      `/admin/orders/${placed.id}?fields=*payment_collections.payments`,
      admin
    )
    const payment = data.order.payment_collections[0].payments[0]
    expect(payment.provider_id).toBe(BANK_TRANSFER)
    await receiveTransfer(api, admin, payment.id, "10.00")
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await awaiting()).orders).toBe(1)

    // the rest arrives: the sale is credited, dated at the capture that completed the payment
    await payOrder(api, admin, placed.id)
    const entries = await ledgerFor(placed.id)
    expect(entries).toHaveLength(3)
    expect(sum(entries.map((e) => e.amount))).toBe(items)
    const { data: paid } = await api.get(
      `/admin/orders/${placed.id}?fields=*payment_collections.payments.captures`,
      admin
    )
    const captures = paid.order.payment_collections[0].payments[0].captures
    const last = Math.max(...captures.map((c: any) => new Date(c.created_at).getTime()))
    expect(entries.every((e) => new Date(e.occurred_at).getTime() === last)).toBe(true)
    expect((await summary()).total).toMatchObject({ amount: items, orders: 1 })
    expect((await impact()).total).toBe(items)
    expect(await awaiting()).toMatchObject({ orders: 0, amount: "0.00", towns: [] })

    // the same capture reported twice counts once
    const before = await summary()
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit([
        { name: "payment.captured", data: { id: payment.id } },
        { name: "payment.captured", data: { id: payment.id } },
      ])
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toHaveLength(3)
    expect(await summary()).toEqual(before)
    reconciliation = await reconcile()
    expect(reconciliation).toMatchObject({
      orders_checked: 1,
      mismatch_count: 0,
      difference_total: "0.00",
    })
  })

  it("writes nothing for an order canceled before it was paid", async () => {
    const placed = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    expect((await awaiting()).orders).toBe(1)
    await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await summary()).total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect(await awaiting()).toMatchObject({ orders: 0, amount: "0.00" })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("spreads a partial refund over the order's lines and reconciles to ¥0.00", async () => {
    const placed = await order()
    const paid = await paidItemTotal(placed.id)
    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 20.01 }, admin)
    const entries = await ledgerFor(placed.id, "refund")
    const refunds = entries.filter((e) => e.kind === "refund")
    expect(sum(refunds.map((e) => e.amount))).toBe("-20.01")
    expect(refunds.every((e) => e.quantity === 0)).toBe(true)
    expect((await summary()).total.amount).toBe(yuan(new BigNumber(paid).minus("20.01")))
    const run = await reconcile()
    expect(run).toMatchObject({ mismatch_count: 0, difference_total: "0.00" })
    expect(run.orders_checked).toBeGreaterThanOrEqual(1)
  })

  it("pays a refund after a received return back on the returned line", async () => {
    const placed = await order()
    const payment = await capturedPayment(placed.id)
    const entries = await entriesOf(placed.id)
    const rice = entries.find((e) => e.town_name === "畲江镇")
    // the farm ships the rice from its own stock location, then one bag comes back
    const { data: farm } = await api.get(`/admin/partners/${rice.partner_id}`, admin)
    await api.post(
      `/admin/orders/${placed.id}/fulfillments`,
      {
        items: [{ id: rice.line_item_id, quantity: 3 }],
        location_id: farm.partner.stock_location.id,
      },
      admin
    )
    // the support team takes one bag back, as in the admin's return flow
    const container = getContainer()
    const [returnOption] = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingOptions({ name: "退货寄回" })
    const { data: created } = await api.post(
      "/admin/returns",
      { order_id: placed.id, location_id: farm.partner.stock_location.id },
      admin
    )
    const returnId = created.return.id
    const one = { items: [{ id: rice.line_item_id, quantity: 1 }] }
    await api.post(`/admin/returns/${returnId}/request-items`, one, admin)
    await api.post(
      `/admin/returns/${returnId}/shipping-method`,
      { shipping_option_id: returnOption.id },
      admin
    )
    await api.post(`/admin/returns/${returnId}/request`, {}, admin)
    await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
    await api.post(`/admin/returns/${returnId}/receive-items`, one, admin)
    await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
    const afterReturn = await ledgerFor(placed.id, "return")
    expect(afterReturn.find((e) => e.kind === "return")).toMatchObject({
      line_item_id: rice.line_item_id,
      quantity: -1,
      amount: "0.00",
    })
    const unit = new BigNumber(rice.amount).div(3).toFixed(2)
    await api.post(`/admin/payments/${payment}/refund`, { amount: Number(unit) }, admin)
    const afterRefund = await ledgerFor(placed.id, "refund")
    const refunds = afterRefund.filter((e) => e.kind === "refund")
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({
      line_item_id: rice.line_item_id,
      amount: yuan(new BigNumber(unit).negated()),
    })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("reverses a canceled order to zero, after a partial refund too", async () => {
    const placed = await order()
    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 5 }, admin)
    await ledgerFor(placed.id, "refund")
    await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
    const entries = await ledgerFor(placed.id, "cancellation", 3)
    expect(sum(entries.map((e) => e.amount))).toBe("0.00")
    expect(entries.reduce((q, e) => q + e.quantity, 0)).toBe(0)
    // the ledger only grew: the sale entries are still there
    expect(entries.filter((e) => e.kind === "sale")).toHaveLength(3)
    const report = await summary()
    expect(report.total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("counts an event delivered twice, and two workers at once, only once", async () => {
    const placed = await order()
    const before = await summary()
    const container = getContainer()
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const payment = await capturedPayment(placed.id)
    await eventBus.emit([
      { name: "order.placed", data: { id: placed.id } },
      { name: "order.placed", data: { id: placed.id } },
      { name: "payment.captured", data: { id: payment } },
    ])
    const { syncOrderAttributionWorkflow } = backendRequire("src/workflows/aid/index.ts")
    await Promise.all([
      syncOrderAttributionWorkflow(container).run({ input: { order_ids: [placed.id] } }),
      syncOrderAttributionWorkflow(container).run({ input: { order_ids: [placed.id] } }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const entries = await entriesOf(placed.id)
    expect(entries).toHaveLength(3)
    expect(await summary()).toEqual(before)
  })

  it("keeps a sale with its town and partner when the product moves to another partner", async () => {
    const placed = await order()
    const before = await summary()
    const tomato = (await entriesOf(placed.id)).find((e) => e.town_name === "丙村镇")
    const { data: partners } = await api.get("/admin/partners?limit=100", admin)
    const elsewhere = partners.partners.find((p: any) => p.town_id !== tomato.town_id)
    await api.post(
      `/admin/products/${tomato.product_id}/partner`,
      { partner_id: elsewhere.id },
      admin
    )
    expect(await summary()).toEqual(before)

    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 3 }, admin)
    const refunds = (await ledgerFor(placed.id, "refund")).filter((e) => e.kind === "refund")
    const tomatoRefund = refunds.find((e) => e.line_item_id === tomato.line_item_id)
    expect(tomatoRefund).toMatchObject({ town_id: tomato.town_id, partner_id: tomato.partner_id })
  })

  it("follows an order edit that changes quantities", async () => {
    const placed = await order()
    const rice = (await entriesOf(placed.id)).find((e) => e.town_name === "畲江镇")
    const { data: edit } = await api.post("/admin/order-edits", { order_id: placed.id }, admin)
    await api.post(
      `/admin/order-edits/${placed.id}/items/item/${rice.line_item_id}`,
      { quantity: 1 },
      admin
    )
    await api.post(`/admin/order-edits/${placed.id}/request`, {}, admin)
    await api.post(`/admin/order-edits/${placed.id}/confirm`, {}, admin)
    expect(edit.order_change.id).toBeTruthy()
    const entries = await ledgerFor(placed.id, "edit")
    const riceEdit = entries.find((e) => e.kind === "edit" && e.line_item_id === rice.line_item_id)
    expect(riceEdit.quantity).toBe(-2)
    expect(sum(entries.map((e) => e.amount))).toBe(await paidItemTotal(placed.id))
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("credits the new line of an exchange to its town, keeping the rice until it comes back", async () => {
    const placed = await order([{ handle: "shejiang-simiao-rice", quantity: 2 }])
    const payment = await capturedPayment(placed.id)
    const [rice] = await entriesOf(placed.id)
    const { data: farm } = await api.get(`/admin/partners/${rice.partner_id}`, admin)
    await api.post(
      `/admin/orders/${placed.id}/fulfillments`,
      {
        items: [{ id: rice.line_item_id, quantity: 2 }],
        location_id: farm.partner.stock_location.id,
      },
      admin
    )
    // one bag of rice swapped for a bottle of Songyuan tea
    const container = getContainer()
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [back] = await fulfillment.listShippingOptions({ name: "退货寄回" })
    const [out] = await fulfillment.listShippingOptions({ name: "标准快递" })
    const { data: tea } = await api.get(
      "/admin/products?handle=songyuan-mountain-green-tea&fields=id,*variants",
      admin
    )
    const { data: created } = await api.post("/admin/exchanges", { order_id: placed.id }, admin)
    const exchangeId = created.exchange.id
    await api.post(
      `/admin/exchanges/${exchangeId}/inbound/items`,
      { items: [{ id: rice.line_item_id, quantity: 1 }] },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/inbound/shipping-method`,
      { shipping_option_id: back.id },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/outbound/items`,
      { items: [{ variant_id: tea.products[0].variants[0].id, quantity: 1 }] },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/outbound/shipping-method`,
      { shipping_option_id: out.id },
      admin
    )
    await api.post(`/admin/exchanges/${exchangeId}/request`, {}, admin)

    const entries = await ledgerFor(placed.id, "edit")
    const teaEntry = entries.find((e) => e.kind === "edit" && e.town_name === "松源镇")
    expect(teaEntry.quantity).toBe(1)
    expect(Number(teaEntry.amount)).toBeGreaterThan(0)
    expect(sum(entries.map((e) => e.amount))).toBe(await paidItemTotal(placed.id))
    expect(
      entries
        .filter((e) => e.line_item_id === rice.line_item_id)
        .reduce((q, e) => q + e.quantity, 0)
    ).toBe(2)
    expect(payment).toBeTruthy()
    expect((await reconcile()).difference_total).toBe("0.00")
  })

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
