/**
 * A bulk order paid in the background (backend/src/workflows/bulk-order/payment/):
 * the remittance answers with the bulk order `paying` (付款处理中, with progress),
 * the worker captures every order once, in batches, and marks it paid; a run
 * interrupted in the middle (a payment authorized but not captured, batches
 * not run) is resumed by the job without capturing anything twice; a capture
 * whose order transaction could not be written is recorded by the next run; each
 * parcel then shows its own payment status (a refunded one 已退款).
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"
import { backendRequire } from "../../fixtures/medusa"
import { fen, WITHOUT_STRIPE, yuan } from "../../fixtures/bank-transfer"
import { chinaToday } from "../../fixtures/remittances"
import { waitUntilPaid } from "./paying"

const { runBulkPayment, resumeBulkPayments } = backendRequire("src/workflows/bulk-order/index.ts")
const TOMATO = "BC-TOMATO-CHERRY-3J"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, admin } = shop

  /** A verified unit's bulk order of `parcels` recipients, one box of tomatoes each (stock added first). */
  const placeBulk = async (n: number, parcels: number) => {
    const container = getContainer()
    const made = await bulkUnit(shop, n)
    const rows = await resolvedRows(
      container,
      Array.from({ length: parcels }, (_, i) => ({
        sku: TOMATO,
        quantity: 1,
        recipient: `收货人${n * 1000 + i}`,
      }))
    )
    const farm = await demoFarmHeaders(api)
    await api.post(
      "/admin/farm/inventory",
      { changes: [{ variant_id: rows[0].variant_id, adjust: parcels }] },
      farm
    )
    const bulk = await createBulk(container, {
      unit_id: made.unit.id,
      customer_id: made.buyerCustomerId,
      rows,
    })
    return { ...made, bulk }
  }

  /** A bulk order left `paying` as a remittance leaves it, before any background run. */
  const placePaying = async (n: number, parcels: number, note: string | null) => {
    const { unit, bulk } = await placeBulk(n, parcels)
    const service = getContainer().resolve<any>("bulk_order")
    await service.updateBulkOrders({
      id: bulk.id,
      status: "paying",
      paying_since: new Date(),
      payment_info: { payer_name: unit.name, paid_on: chinaToday(), note, recorded_by: null },
    })
    return { bulk, service }
  }

  /** Each order's payments: how many, captured how many times, and the receipts written. */
  const paymentsOf = async (orderIds: string[]) => {
    const { data } = await getContainer()
      .resolve("query")
      .graph({
        entity: "order",
        fields: [
          "id",
          "payment_collections.payments.id",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.id",
        ],
        filters: { id: orderIds },
      })
    const receipts = await getContainer()
      .resolve<any>("remittance")
      .listRemittanceReceipts({ order_id: orderIds }, { take: null })
    return {
      orders: (data as any[]).map((o) => {
        const payments = o.payment_collections.flatMap((c: any) => c.payments ?? [])
        return {
          id: o.id as string,
          live: payments.filter((p: any) => !p.canceled_at).length,
          captures: payments.reduce((n: number, p: any) => n + (p.captures?.length ?? 0), 0),
          payment_id: payments.find((p: any) => p.captures?.length)?.id as string | undefined,
        }
      }),
      receipts: receipts.length as number,
    }
  }

  it("a remittance for 300 parcels answers with the bulk order paying, then paid with every order captured once", async () => {
    const { unit, bulk } = await placeBulk(1, 300)
    expect(bulk.order_ids).toHaveLength(300)
    const { data, status } = await api.post(
      "/admin/remittances",
      {
        amount: bulk.amount,
        payer_name: unit.name,
        paid_at: chinaToday(),
        remark: `${bulk.reference} 职工福利`,
        bank_serial: "BULK-BG-1",
      },
      { ...admin, validateStatus: () => true }
    )
    expect(status, JSON.stringify(data)).toBe(200)
    expect(data.remittance).toMatchObject({
      status: "matched",
      target: { kind: "bulk_order", id: bulk.id },
      captured_amount: yuan(fen(bulk.amount)),
    })
    const paying = (await api.get(`/admin/bulk-orders/${bulk.id}`, admin)).data.bulk_order
    expect(paying.status).toBe("paying")
    expect(paying.payment_progress).toMatchObject({ total: 300, failures: 0, error: null })
    expect(paying.payment_progress.captured).toBeLessThan(300)

    // a second credit with the same reference while paying: already paid, never captured twice
    const again = await api.post(
      "/admin/remittances",
      { amount: bulk.amount, payer_name: unit.name, paid_at: chinaToday(), remark: bulk.reference },
      admin
    )
    expect(again.data.remittance).toMatchObject({ status: "unmatched", reason: "already_paid" })

    const paid = await waitUntilPaid(getContainer(), bulk.id, 720_000)
    expect(paid).toMatchObject({ status: "paid", captured_parcels: 300, payment_error: null })
    const { orders, receipts } = await paymentsOf(bulk.order_ids)
    expect(orders.every((o) => o.live === 1 && o.captures === 1)).toBe(true)
    expect(receipts).toBe(300)
    const view = (await api.get(`/admin/bulk-orders/${bulk.id}`, admin)).data.bulk_order
    expect(view.payment_progress).toMatchObject({ captured: 300, total: 300 })
    expect(view.orders.every((o: any) => o.payment_status === "captured")).toBe(true)
  }, 900_000)

  it("an interrupted payment resumes where it stopped, capturing each order once", async () => {
    const container = getContainer()
    // the remittance was applied (paying) but the worker stopped: no run happened ...
    const { bulk, service } = await placePaying(2, 30, "中断测试")
    // ... except one order's payment authorized and never captured (a crash in the middle of a batch)
    const [first] = [...bulk.order_ids].sort()
    const { data } = await container.resolve("query").graph({
      entity: "order",
      fields: ["payment_collections.id", "payment_collections.amount"],
      filters: { id: first },
    })
    const collection = (data[0] as any).payment_collections[0]
    const payments = container.resolve(Modules.PAYMENT)
    const session = await payments.createPaymentSession(collection.id, {
      provider_id: "pp_bank-transfer_bank-transfer",
      currency_code: "cny",
      amount: collection.amount,
      data: {},
    })
    await payments.authorizePaymentSession(session.id, {})

    // one batch of 10, then the worker "dies"
    const partial = await runBulkPayment(container, bulk.id, { batchSize: 10, maxRuns: 1 })
    expect(partial).toMatchObject({ captured: 10, total: 30, done: false })
    expect((await service.retrieveBulkOrder(bulk.id)).status).toBe("paying")

    // the job: not yet stale, left alone; later, picked up and finished
    expect(await resumeBulkPayments(container, new Date())).toEqual([])
    const runs = await resumeBulkPayments(container, new Date(Date.now() + 10 * 60_000))
    expect(runs).toMatchObject([{ id: bulk.id, captured: 30, total: 30, done: true }])
    expect(await service.retrieveBulkOrder(bulk.id)).toMatchObject({
      status: "paid",
      captured_parcels: 30,
    })
    // running again changes nothing
    expect(await runBulkPayment(container, bulk.id)).toMatchObject({ done: true })

    const { orders, receipts } = await paymentsOf(bulk.order_ids)
    expect(orders.every((o) => o.live === 1 && o.captures === 1)).toBe(true)
    expect(receipts).toBe(30)

    // one parcel refunded: that parcel shows 已退款 (refunded), the others stay captured
    const refunded = orders[0]
    const { data: order } = await api.get(`/admin/orders/${refunded.id}?fields=total`, admin)
    const r = await api.post(
      `/admin/payments/${refunded.payment_id}/refund`,
      { amount: Number(order.order.total) },
      { ...admin, validateStatus: () => true }
    )
    expect(r.status, JSON.stringify(r.data)).toBe(200)
    const view = (await api.get(`/admin/bulk-orders/${bulk.id}`, admin)).data.bulk_order
    const byId = new Map(view.orders.map((o: any) => [o.id, o.payment_status]))
    expect(byId.get(refunded.id)).toBe("refunded")
    expect(
      bulk.order_ids.filter((id) => id !== refunded.id).every((id) => byId.get(id) === "captured")
    ).toBe(true)
  }, 300_000)

  it("a capture its order could not record is reported, and recorded by the next run, once", async () => {
    const container = getContainer()
    const { bulk, service } = await placePaying(3, 6, null)
    // one order's transactions cannot be written (the money is captured all the same)
    const victim = [...bulk.order_ids].sort()[2]
    // (the service's overloads, one or many, as one signature)
    const orderModule = container.resolve(Modules.ORDER) as unknown as {
      addOrderTransactions: (data: unknown, context?: unknown) => Promise<unknown>
    }
    const write = orderModule.addOrderTransactions.bind(orderModule)
    const refuse = vi
      .spyOn(orderModule, "addOrderTransactions")
      .mockImplementation(async (data, context) => {
        if ([data].flat().some((t) => (t as { order_id: string }).order_id === victim))
          throw new Error("order transaction refused (test)")
        return write(data, context)
      })
    try {
      const run = await runBulkPayment(container, bulk.id)
      expect(run).toMatchObject({ captured: 6, total: 6, done: false })
      expect(run.failed).toEqual([
        { order_id: victim, message: "order transaction refused (test)" },
      ])
      expect(await service.retrieveBulkOrder(bulk.id)).toMatchObject({
        status: "paying",
        payment_error: expect.stringContaining(victim),
      })
    } finally {
      refuse.mockRestore()
    }
    const runs = await resumeBulkPayments(container, new Date(Date.now() + 10 * 60_000))
    expect(runs).toMatchObject([{ id: bulk.id, captured: 6, total: 6, done: true, failed: [] }])
    expect(await service.retrieveBulkOrder(bulk.id)).toMatchObject({ status: "paid" })

    // every order: one capture, one order transaction for it
    const { data } = await container.resolve("query").graph({
      entity: "order",
      fields: [
        "id",
        "transactions.reference",
        "transactions.reference_id",
        "payment_collections.payments.captures.id",
      ],
      filters: { id: bulk.order_ids },
    })
    for (const order of data as any[]) {
      const captures = order.payment_collections.flatMap((c: any) =>
        (c.payments ?? []).flatMap((p: any) => p.captures ?? [])
      )
      expect(captures).toHaveLength(1)
      expect(order.transactions.map((t: any) => [t.reference, t.reference_id])).toEqual([
        ["capture", captures[0].id],
      ])
    }
    const view = (await api.get(`/admin/bulk-orders/${bulk.id}`, admin)).data.bulk_order
    expect(view.orders.every((o: any) => o.payment_status === "captured")).toBe(true)
  }, 300_000)
})
