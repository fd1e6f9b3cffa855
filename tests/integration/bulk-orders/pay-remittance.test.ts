/**
 * Paying a bulk order with one bank transfer (the remittance resolver
 * `bulk-order`, reference `MB…`): an underpayment is flagged and nothing is
 * captured (the farm sees nothing); a name other than the unit's waits for a
 * person; the exact amount from the unit captures every order (paid, in the
 * ledger, on the farm's list of lines to ship); a statement with the serial
 * twice applies it once.
 */
import { shopSuite } from "../../fixtures/http"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"
import { eventually } from "../../fixtures/orders"
import { fen, WITHOUT_STRIPE, yuan } from "../../fixtures/bank-transfer"
import { chinaToday, importStatement, loosely, statementCsv } from "../../fixtures/remittances"
import { waitUntilPaid } from "./paying"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, admin } = shop
  const record = (body: Record<string, unknown>) =>
    api.post("/admin/remittances", body, { ...admin, validateStatus: () => true })

  const placeBulk = async (n: number) => {
    const container = getContainer()
    const made = await bulkUnit(shop, n)
    const rows = await resolvedRows(container, [
      { sku: "BC-TOMATO-CHERRY-3J", quantity: 1, recipient: "收货人1" },
      { sku: "BC-TOMATO-CHERRY-3J", quantity: 2, recipient: "收货人2" },
      { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人2" },
    ])
    const bulk = await createBulk(container, {
      unit_id: made.unit.id,
      customer_id: made.buyerCustomerId,
      rows,
    })
    return { ...made, bulk }
  }
  const farmLinesOf = async (orderIds: string[]) => {
    const farm = await demoFarmHeaders(api)
    const lines = (await api.get("/admin/farm/order-lines?limit=100", farm)).data.order_lines
    return lines.filter((l: any) => orderIds.includes(l.order_id))
  }
  const bulkStatus = async (id: string) =>
    (await getContainer().resolve<any>("bulk_order").retrieveBulkOrder(id)).status

  it("underpaid: flagged, nothing captured, the farm sees nothing; name mismatch waits for a person", async () => {
    const { unit, bulk } = await placeBulk(1)
    const less = yuan(fen(bulk.amount) - 1)
    const under = await record({
      amount: less,
      payer_name: unit.name,
      paid_at: chinaToday(),
      remark: `货款 ${loosely(bulk.reference)}`,
    })
    expect(under.status, JSON.stringify(under.data)).toBe(200)
    expect(under.data.remittance).toMatchObject({
      status: "underpaid",
      target: { kind: "bulk_order", id: bulk.id },
      expected_amount: yuan(fen(bulk.amount)),
      expected_payer: unit.name,
      captured_amount: "0.00",
    })
    expect(await bulkStatus(bulk.id)).toBe("awaiting_payment")
    expect(await farmLinesOf(bulk.order_ids)).toEqual([])

    const other = await record({
      amount: bulk.amount,
      payer_name: "某某贸易有限公司",
      paid_at: chinaToday(),
      remark: bulk.reference,
    })
    expect(other.data.remittance.status).toBe("name_mismatch")
    expect(await bulkStatus(bulk.id)).toBe("awaiting_payment")

    // a person confirms the payer: every order captured
    const confirmed = await api.post(
      `/admin/remittances/${other.data.remittance.id}/confirm`,
      {},
      { ...admin, validateStatus: () => true }
    )
    expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
    expect((await waitUntilPaid(getContainer(), bulk.id)).status).toBe("paid")
  })

  it("the exact amount from the unit pays every order: the ledger records them, the farm sees the lines", async () => {
    const { unit, bulk } = await placeBulk(2)
    const { data, status } = await record({
      amount: bulk.amount,
      payer_name: ` ${unit.name}（工会） `.replace("（工会）", ""),
      paid_at: chinaToday(),
      remark: `${bulk.reference} 职工福利`,
      bank_serial: "BULK-SN-1",
    })
    expect(status, JSON.stringify(data)).toBe(200)
    expect(data.remittance).toMatchObject({
      status: "matched",
      target: { kind: "bulk_order", id: bulk.id },
      captured_amount: yuan(fen(bulk.amount)),
    })
    const bulkOrder = await waitUntilPaid(getContainer(), bulk.id)
    expect(bulkOrder.status).toBe("paid")
    expect(bulkOrder.paid_at).toBeTruthy()

    for (const id of bulk.order_ids) {
      const order = (await api.get(`/admin/orders/${id}?fields=payment_status`, admin)).data.order
      expect(order.payment_status).toBe("captured")
    }
    const lines = await eventually(async () => {
      const found = await farmLinesOf(bulk.order_ids)
      return found.length === 2 && found
    })
    expect(new Set(lines.map((l: any) => l.order_id)).size).toBe(2)

    // the ledger's sale entries follow the captures, attributed to the unit
    const entries = await eventually(async () => {
      const all = []
      for (const id of bulk.order_ids)
        all.push(...(await api.get(`/admin/aid/entries?order_id=${id}`, admin)).data.entries)
      return all.length >= 3 && all
    })
    expect(entries.every((e: any) => e.kind === "sale")).toBe(true)
    const sold = entries.reduce((sum: number, e: any) => sum + fen(e.amount), 0)
    expect(sold).toBeGreaterThan(0)

    // paying again: already paid, never captured twice
    const again = await record({
      amount: bulk.amount,
      payer_name: unit.name,
      paid_at: chinaToday(),
      remark: bulk.reference,
    })
    expect(again.data.remittance).toMatchObject({ status: "unmatched", reason: "already_paid" })
  })

  it("a statement with the bulk order's serial twice applies it once", async () => {
    const { unit, bulk } = await placeBulk(3)
    const row = [chinaToday(), unit.name, "", "", bulk.amount, `货款${bulk.reference}`, "BULK-SN-2"]
    const csv = statementCsv([row, row])
    const { status, data } = await importStatement(api, admin, `\uFEFF${csv}`, "流水.csv")
    expect(status, JSON.stringify(data)).toBe(200)
    expect(data.summary).toMatchObject({ recorded: 1, duplicates: 1 })
    expect(data.rows[0].remittance.status).toBe("matched")
    expect((await waitUntilPaid(getContainer(), bulk.id)).status).toBe("paid")
    const receipts = await getContainer()
      .resolve<any>("remittance")
      .listRemittanceReceipts({ order_id: bulk.order_ids })
    expect(receipts).toHaveLength(bulk.order_ids.length)
  })
})
