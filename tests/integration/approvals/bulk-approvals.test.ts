/**
 * Approvals (审批) of a unit's bulk order over HTTP: over the unit's amount
 * the bulk order is held (nothing created) and the 采购员 requests approval
 * with the same rows; the approver sees every recipient; approved, the
 * server creates the bulk order once from the rows checked again at today's
 * prices.
 */
import { shopSuite } from "../../fixtures/http"
import { bulkRow, bulkRowObject, writtenCounts } from "../../fixtures/bulk-orders"
import { approvals } from "./fixtures"

const CREATE = "/store/units/me/bulk-orders"
const SKU = "SJ-RICE-SIMIAO-5J"

shopSuite((suite) => {
  const { getContainer } = suite
  const { storeCall, unitWithApprover } = approvals(suite)

  it("holds a bulk order over the amount until approved, then creates it once", async () => {
    const a = await unitWithApprover(85, { order_over: "10" })
    const rows = [bulkRowObject(bulkRow(1, SKU, 2)), bulkRowObject(bulkRow(2, SKU, 1))]
    const before = await writtenCounts(getContainer())
    const held = await storeCall("POST", CREATE, a.buyer, { rows, po_number: "PO-85" })
    expect(held.status, JSON.stringify(held.data)).toBe(400)
    expect(held.data.message).toContain("审批")
    expect(await writtenCounts(getContainer())).toEqual(before)

    const request = await storeCall("POST", "/store/units/me/approvals", a.buyer, {
      kind: "bulk_order",
      rows,
      po_number: "PO-85",
      message: "工会节日慰问",
    })
    expect(request.status, JSON.stringify(request.data)).toBe(201)
    const approval = request.data.approval
    expect(approval).toMatchObject({ kind: "bulk_order", status: "pending", note: "工会节日慰问" })
    expect(approval.recipients.map((r: any) => r.name)).toEqual(["职工1", "职工2"])
    expect(approval.lines.map((l: any) => l.quantity)).toEqual([2, 1])
    expect(await writtenCounts(getContainer())).toEqual(before)

    const refused = await storeCall(
      "POST",
      `/store/units/me/approvals/${approval.id}/approve`,
      a.buyer
    )
    expect(refused.status).toBe(403)
    const approved = await storeCall(
      "POST",
      `/store/units/me/approvals/${approval.id}/approve`,
      a.approver
    )
    expect(approved.status, JSON.stringify(approved.data)).toBe(200)
    expect(approved.data.approval.status).toBe("placed")
    expect(approved.data.approval.bulk_order_id).toEqual(expect.any(String))
    expect(approved.data.approval.order_ids).toHaveLength(2)
    const again = await storeCall(
      "POST",
      `/store/units/me/approvals/${approval.id}/approve`,
      a.approver
    )
    expect(again.data.approval.bulk_order_id).toBe(approved.data.approval.bulk_order_id)
    const list = await storeCall("GET", CREATE, a.finance)
    expect(list.data.bulk_orders).toHaveLength(1)
    expect(list.data.bulk_orders[0]).toMatchObject({ po_number: "PO-85", amount: approval.amount })
    // its parcels count in the month's spending, to the fen
    const spent = await storeCall("GET", "/store/units/me/approval-policy", a.finance)
    expect(spent.data.month_spent).toBe(approval.amount)
  })
})
