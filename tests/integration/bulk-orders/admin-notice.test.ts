/**
 * GET /admin/bulk-orders/:id/payment-notice: the support team downloads the
 * same 付款通知书 the unit does (its reference, the unit as payer, the amount
 * in capitals); an unknown id answers 404, a paid bulk order 400, a farm
 * account 403.
 */
import { yuanInCapitals } from "../../../backend/src/shared/money"
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"
import { shopSuite } from "../../fixtures/http"
import { pdfPages } from "../../fixtures/pdf-text"
import { chinaToday } from "../../fixtures/remittances"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, admin } = shop
  const get = (url: string, headers = admin) =>
    api.get(url, { ...headers, responseType: "arraybuffer", validateStatus: () => true })

  it("answers the 付款通知书 while unpaid; 404 unknown, 400 once paid, 403 for a farm", async () => {
    const a = await bulkUnit(shop, 90)
    const bulk = await createBulk(getContainer(), {
      unit_id: a.unit.id,
      customer_id: a.buyerCustomerId,
      po_number: "ADMIN-PO-1",
      rows: await resolvedRows(getContainer(), [
        { sku: "MX-POMELO-WHITE-5J", quantity: 2, recipient: "收货人1" },
        { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人2" },
      ]),
    })
    const url = `/admin/bulk-orders/${bulk.id}/payment-notice`

    const notice = await get(url)
    expect(notice.status).toBe(200)
    expect(notice.headers["content-type"]).toContain("application/pdf")
    expect(decodeURIComponent(notice.headers["content-disposition"])).toContain(
      `付款通知书-${bulk.reference}.pdf`
    )
    const text = (await pdfPages(Buffer.from(notice.data))).join("")
    expect(text).toContain(bulk.reference)
    expect(text).toContain(a.unit.name)
    expect(text).toContain(yuanInCapitals(bulk.amount))
    expect(text).toContain("ADMIN-PO-1")

    expect((await get("/admin/bulk-orders/bulkord_nope/payment-notice")).status).toBe(404)
    expect((await get(url, await demoFarmHeaders(api))).status).toBe(403)

    const paid = await api.post(
      "/admin/remittances",
      {
        amount: bulk.amount,
        payer_name: a.unit.name,
        paid_at: chinaToday(),
        remark: `${bulk.reference} 职工福利`,
        bank_serial: "ADMIN-NOTICE-SN-1",
      },
      admin
    )
    expect(paid.data.remittance.status).toBe("matched")
    const after = await get(url)
    expect(after.status).toBe(400)
    expect(JSON.parse(Buffer.from(after.data).toString()).message).toContain("已付款或已取消")
  })
})
