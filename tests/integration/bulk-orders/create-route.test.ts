/**
 * POST /store/units/me/bulk-orders over HTTP (the file checked as preview
 * checks it): a file with an error answers 400 with the errors and creates
 * nothing; fixed, 201 with the bulk order; its 付款通知书 (every member,
 * 财务 too) is a PDF whose rows add up to the amount with freight; another
 * unit's member gets 404; the detail names the payee.
 */
import { shopSuite } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { bulkRow, bulkXlsx, uploadBulk, writtenCounts } from "../../fixtures/bulk-orders"
import { pdfPages } from "../../fixtures/pdf-text"
import { units } from "../../fixtures/units"

const CREATE = "/store/units/me/bulk-orders"
const SKU = "SJ-RICE-SIMIAO-5J"
const { yuanInCapitals } = backendRequire("src/shared/money.ts")

shopSuite((suite) => {
  const { api, store, getContainer } = suite
  const { unitWithMembers, storeCall } = units(suite)

  it("creates only a valid file's bulk order; its payment notice for the unit's members only", async () => {
    const a = await unitWithMembers(90)
    const b = await unitWithMembers(91)
    const before = await writtenCounts(getContainer())
    const bad = await uploadBulk(
      api,
      store,
      a.buyer,
      CREATE,
      await bulkXlsx([bulkRow(1, SKU, 2), bulkRow(2, "MX-NOPE", 1)]),
      "订单.xlsx",
      { po_number: "PO-90" }
    )
    expect(bad.status).toBe(400)
    expect(bad.data.errors).toEqual([expect.objectContaining({ row: 3, field: "sku" })])
    expect(bad.data.message).toContain("未创建任何订单")
    expect(await writtenCounts(getContainer())).toEqual(before)

    const good = await uploadBulk(
      api,
      store,
      a.buyer,
      CREATE,
      await bulkXlsx([bulkRow(1, SKU, 2), bulkRow(2, SKU, 1)]),
      "订单.xlsx",
      { po_number: "PO-90" }
    )
    expect(good.status, JSON.stringify(good.data).slice(0, 400)).toBe(201)
    const { bulk_order } = good.data
    expect(bulk_order).toMatchObject({ status: "awaiting_payment", parcels: 2, po_number: "PO-90" })
    expect(bulk_order.orders).toHaveLength(2)

    const detail = await storeCall("GET", `${CREATE}/${bulk_order.id}`, a.finance)
    expect(detail.data.payee).toMatchObject({ account_name: expect.any(String) })

    const notice = await api.get(`${CREATE}/${bulk_order.id}/payment-notice`, {
      headers: { ...store.headers, ...a.finance.headers },
      responseType: "arraybuffer",
      validateStatus: () => true,
    })
    expect(notice.status).toBe(200)
    expect(notice.headers["content-type"]).toContain("application/pdf")
    const text = (await pdfPages(Buffer.from(notice.data))).join("")
    expect(text).toContain(bulk_order.reference)
    expect(text).toContain(yuanInCapitals(bulk_order.amount))
    expect(text).toContain("运费")
    expect(text).toContain("PO-90")

    for (const actor of [b.admin, b.buyer, b.finance]) {
      for (const path of [
        `${CREATE}/${bulk_order.id}`,
        `${CREATE}/${bulk_order.id}/payment-notice`,
      ]) {
        expect((await storeCall("GET", path, actor)).status, path).toBe(404)
      }
    }
  })
})
