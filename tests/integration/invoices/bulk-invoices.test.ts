/**
 * A bulk order's 发票: the unit's 财务 asks for all its parcels at once, up to
 * what the remittance captured; a parcel is never invoiced on its own (it
 * would count the same money twice); a refund of one parcel after issuing
 * flags the bulk order's invoice for a 红字发票; another unit's 财务 gets 404.
 */
import { shopSuite } from "../../fixtures/http"
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"
import { chinaToday } from "../../fixtures/remittances"
import { units } from "../../fixtures/units"
import { waitUntilPaid } from "../bulk-orders/paying"
import { invoices, normalBody, PDF } from "./invoice-fixtures"

const TOMATO = "BC-TOMATO-CHERRY-3J"
const PATH = "/store/units/me/invoice-requests"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, admin } = shop
  const { storeCall, unitWithMembers } = units(shop)
  const { adminCall, refund, upload, download, statusBecomes } = invoices(shop)

  it("the unit invoices a paid bulk order as a whole; a parcel refund after issuing flags it", async () => {
    const container = getContainer()
    const made = await bulkUnit(shop, 150)
    const other = await unitWithMembers(151)
    const rows = await resolvedRows(
      container,
      [0, 1].map((i) => ({ sku: TOMATO, quantity: 1, recipient: `收货人${i}` }))
    )
    const farm = await demoFarmHeaders(api)
    await api.post(
      "/admin/farm/inventory",
      { changes: [{ variant_id: rows[0].variant_id, adjust: 2 }] },
      farm
    )
    const bulk = await createBulk(container, {
      unit_id: made.unit.id,
      customer_id: made.buyerCustomerId,
      rows,
    })
    const body = { ...normalBody(bulk.amount), bulk_order_id: bulk.id }

    // not paid yet: refused
    const early = await storeCall("POST", PATH, made.finance, body)
    expect(early.status).toBe(400)
    expect(early.data.message).toContain("尚未付款")

    const paid = await api.post(
      "/admin/remittances",
      {
        amount: bulk.amount,
        payer_name: made.unit.name,
        paid_at: chinaToday(),
        remark: `${bulk.reference} 职工福利`,
        bank_serial: "INVOICE-BULK-1",
      },
      admin
    )
    expect(paid.status).toBe(200)
    await waitUntilPaid(container, bulk.id)

    const before = await storeCall("GET", `${PATH}?bulk_order_id=${bulk.id}`, made.finance)
    expect(before.status).toBe(200)
    expect(before.data.invoiceable).toMatchObject({ paid: bulk.amount, available: bulk.amount })

    // a parcel alone: refused from the unit area and from the buyer's order page
    const parcel = await storeCall("POST", PATH, made.finance, {
      ...normalBody("0.01"),
      order_id: bulk.order_ids[0],
    })
    expect(parcel.status).toBe(400)
    expect(parcel.data.message).toContain("批量订单")
    const own = await storeCall(
      "POST",
      `/store/orders/${bulk.order_ids[0]}/invoice-requests`,
      made.buyer,
      normalBody("0.01")
    )
    expect(own.status).toBe(400)

    // another unit's 财务: the bulk order is none of theirs
    expect((await storeCall("POST", PATH, other.finance, body)).status).toBe(404)

    const created = await storeCall("POST", PATH, made.finance, body)
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    const id = created.data.invoice_request.id
    expect(created.data.invoice_request).toMatchObject({ bulk_order_id: bulk.id, order_id: null })
    expect((await storeCall("POST", PATH, made.admin, { ...body, amount: "0.01" })).status).toBe(
      400
    )

    const issued = await adminCall("POST", `/admin/invoice-requests/${id}/issue`, {
      number: "24442000000077770001",
      issued_on: chinaToday(),
    })
    expect(issued.status, JSON.stringify(issued.data)).toBe(200)
    expect((await upload(id, PDF)).status).toBe(200)
    const file = await download(`${PATH}/${id}/file`, made.admin)
    expect(Buffer.from(file.data).equals(PDF)).toBe(true)
    expect((await download(`${PATH}/${id}/file`, other.admin)).status).toBe(404)

    await refund(bulk.order_ids[1], 1)
    const flagged = await statusBecomes(id, "needs_reversal")
    expect(flagged.invoiceable.refunded).toBe("1.00")
  })
})
