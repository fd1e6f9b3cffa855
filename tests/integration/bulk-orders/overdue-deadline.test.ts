/**
 * An unpaid bulk order and its deadline (the hourly job's pass, the clock
 * moved): a day before, the member who placed it is reminded once; past it,
 * every order is cancelled, the stock released and the bulk order cancelled
 * with its reason, once even with two workers; the ledger reconciles with no
 * difference (nothing was paid, nothing credited); a transfer arriving after
 * is flagged, never captured.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { fen, WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { chinaToday } from "../../fixtures/remittances"

const { processBulkOrderDeadlines } = backendRequire("src/workflows/bulk-order/index.ts")
const { reconcileAidLedgerWorkflow } = backendRequire("src/workflows/aid/index.ts")

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, admin } = shop
  const HOUR = 3600_000

  const reservedOf = async (variantSku: string) => {
    const container = getContainer()
    const [variant] = await container
      .resolve(Modules.PRODUCT)
      .listProductVariants({ sku: variantSku }, { relations: [] })
    const { data } = await container.resolve<any>("query").graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: variant.id },
    })
    const itemId = (data[0] as any).inventory_items[0].inventory_item_id
    const levels = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({ inventory_item_id: itemId })
    return levels.reduce((sum: number, l: any) => sum + Number(l.reserved_quantity), 0)
  }

  it("reminds once a day before, cancels past the deadline (once, with two workers), releases the stock, the ledger nets 0", async () => {
    const container = getContainer()
    const a = await bulkUnit(shop, 90)
    const reservedBefore = await reservedOf("MX-POMELO-WHITE-5J")
    const bulk = await createBulk(container, {
      unit_id: a.unit.id,
      customer_id: a.buyerCustomerId,
      rows: await resolvedRows(container, [
        { sku: "MX-POMELO-WHITE-5J", quantity: 2, recipient: "收货人1" },
        { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人2" },
      ]),
    })
    expect(await reservedOf("MX-POMELO-WHITE-5J")).toBe(reservedBefore + 3)
    const record = await container.resolve<any>("bulk_order").retrieveBulkOrder(bulk.id)
    const deadline = new Date(record.payment_deadline).getTime()

    // two days before: nothing; two hours before: reminded, once
    expect(
      (await processBulkOrderDeadlines(container, new Date(deadline - 48 * HOUR))).reminded
    ).toEqual([])
    expect(
      (await processBulkOrderDeadlines(container, new Date(deadline - 2 * HOUR))).reminded
    ).toEqual([bulk.id])
    await processBulkOrderDeadlines(container, new Date(deadline - HOUR))
    const reminders = await container
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "bulk-order-reminder", resource_id: bulk.id } as any)
    expect(reminders).toHaveLength(1)
    expect(reminders[0].to).toBe("buyer90@unit-test.example.cn")

    // past it: two workers at once cancel it once
    const after = new Date(deadline + HOUR)
    const [one, two] = await Promise.all([
      processBulkOrderDeadlines(container, after),
      processBulkOrderDeadlines(container, after),
    ])
    expect([...one.canceled, ...two.canceled]).toEqual([bulk.id])
    expect([...one.failed, ...two.failed]).toEqual([])
    const canceled = await container.resolve<any>("bulk_order").retrieveBulkOrder(bulk.id)
    expect(canceled).toMatchObject({
      status: "canceled",
      cancel_reason: "逾期未付款，系统自动取消",
    })
    const orders = await container.resolve(Modules.ORDER).listOrders({ id: bulk.order_ids })
    expect(orders.map((o: any) => o.status)).toEqual(["canceled", "canceled"])
    expect(await reservedOf("MX-POMELO-WHITE-5J")).toBe(reservedBefore)
    expect((await processBulkOrderDeadlines(container, after)).canceled).toEqual([])

    // the ledger: nothing was paid, nothing credited, no difference
    const { result: report } = await reconcileAidLedgerWorkflow(container).run({
      input: { trigger: "admin" },
    })
    expect(report.mismatch_count).toBe(0)
    let net = 0
    for (const id of bulk.order_ids) {
      const { data } = await api.get(`/admin/aid/entries?order_id=${id}`, admin)
      net += data.entries.reduce((sum: number, e: any) => sum + fen(e.amount), 0)
    }
    expect(net).toBe(0)

    // money arriving afterwards is flagged, never captured
    const late = await api.post(
      "/admin/remittances",
      {
        amount: bulk.amount,
        payer_name: a.unit.name,
        paid_at: chinaToday(),
        remark: bulk.reference,
      },
      admin
    )
    expect(late.data.remittance).toMatchObject({
      status: "unmatched",
      reason: "canceled",
      target: { kind: "bulk_order", id: bulk.id },
      captured_amount: "0.00",
    })
  })
})
