/**
 * Run by the bench with `medusa exec`: a verified unit places a bulk order of
 * BENCH_BULK_ROWS rows (default 1,000), one recipient each, through the
 * shop's own `create-bulk-order` workflow (resolved by name from the workflow
 * engine, as the route runs it), and the time it took is written to the file
 * named by BENCH_BULK_RESULT. Stock is added first so every row fits.
 * Then it is paid: one remittance of its amount (`record-remittance`, as
 * POST /admin/remittances runs it), timed until every order is captured and
 * the bulk order is paid (the worker's batches; if no subscriber runs in
 * `medusa exec`, the batches are run here, as the job would).
 */
import fs from "node:fs"
import { performance } from "node:perf_hooks"
import { bulkBenchRows } from "./bulk-order-rows"

type Resolve = <T = any>(key: string) => T
type ExecArgs = { container: { resolve: Resolve } }

const SKUS = ["MX-POMELO-WHITE-5J", "BC-TOMATO-CHERRY-3J", "SJ-RICE-SIMIAO-5J", "NK-OIL-PEANUT-1L8"]

export default async function benchBulkOrderCreate({ container }: ExecArgs) {
  const rowsWanted = Number(process.env.BENCH_BULK_ROWS ?? 1000)
  const query = container.resolve<any>("query")
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "title",
      "product.id",
      "product.title",
      "prices.amount",
      "prices.currency_code",
      "inventory_items.inventory_item_id",
      "product.partner.stock_location.id",
    ],
    filters: { sku: SKUS },
  })
  const inventory = container.resolve<any>("inventory")
  for (const v of variants) {
    const itemId = v.inventory_items[0].inventory_item_id
    const locationId = v.product.partner.stock_location.id
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: itemId,
      location_id: locationId,
    })
    await inventory.updateInventoryLevels([
      {
        inventory_item_id: itemId,
        location_id: locationId,
        stocked_quantity: Number(level.stocked_quantity) + rowsWanted * 2,
      },
    ])
  }
  const stamp = Date.now()
  const [customer] = await container
    .resolve<any>("customer")
    .createCustomers([{ email: `bench-bulk-${stamp}@unit-bench.example.cn`, first_name: "采购员" }])
  const [unit] = await container.resolve<any>("unit").createUnits([
    {
      name: `梅县基准测试工会${stamp}`,
      kind: "trade_union",
      credit_code: `BENCH${stamp}`,
      invoice: {},
      contacts: [],
      status: "verified",
    },
  ])
  await container
    .resolve<any>("unit")
    .createUnitMembers([{ unit_id: unit.id, customer_id: customer.id, role: "buyer" }])
  const rows = bulkBenchRows(variants, rowsWanted)
  const start = performance.now()
  const { result } = await container.resolve<any>("workflows").run("create-bulk-order", {
    input: { unit_id: unit.id, customer_id: customer.id, rows, po_number: "BENCH" },
    throwOnError: true,
  })
  const ms = performance.now() - start
  const pay = await payBulk(container, result, unit.name)
  if (process.env.BENCH_BULK_RESULT) {
    fs.writeFileSync(
      process.env.BENCH_BULK_RESULT,
      JSON.stringify({ ms, rows: rows.length, orders: result.order_ids.length, ...pay })
    )
  }
}

/** From the remittance to every order captured: the request's time and the whole. */
async function payBulk(
  container: ExecArgs["container"],
  bulk: { id: string; amount: string; reference: string },
  payer: string
) {
  const workflows = container.resolve<any>("workflows")
  const service = container.resolve<any>("bulk_order")
  const start = performance.now()
  await workflows.run("record-remittance", {
    input: {
      amount: bulk.amount,
      payer_name: payer,
      paid_on: new Date().toISOString().slice(0, 10),
      remark: bulk.reference,
      source: "manual",
    },
    throwOnError: true,
  })
  const requestMs = performance.now() - start
  let last = { captured: -1, at: performance.now() }
  for (;;) {
    const current = await service.retrieveBulkOrder(bulk.id)
    if (current.status === "paid") break
    if (current.status !== "paying") throw new Error(`bulk order ${current.status}`)
    if (current.captured_parcels !== last.captured)
      last = { captured: current.captured_parcels, at: performance.now() }
    if (performance.now() - last.at > 120_000) {
      // no worker here (a batch of 50 takes well under this): run the batches as the job would
      const { result } = await workflows.run("pay-bulk-order-batch", {
        input: { bulk_order_id: bulk.id, size: 50 },
        throwOnError: true,
      })
      if (!result.captured_now && result.remaining) throw new Error(JSON.stringify(result.failed))
      continue
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { pay_request_ms: requestMs, pay_ms: performance.now() - start }
}
