/**
 * Bulk orders, part of `npm run bench` (printed, never asserted): the time to
 * create a 1,000-row bulk order (1,000 parcels) with the shop's workflow
 * (`medusa exec bulk-order-create.ts`); target under 30 s on this machine
 * (a cart checkout per row costs about 1.5 s); then the time to pay it: the
 * remittance request, and from the remittance to every order captured in the
 * background (workflows/bulk-order/payment/).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { run } from "../../backend/launcher/processes"
import { medusaDir, type Mode } from "../../backend/launcher/shop"
import { bin } from "../../backend/launcher/workspace"

export async function benchBulkOrders(ctx: { env: NodeJS.ProcessEnv; mode: Mode }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-bench-bulk-"))
  const result = path.join(dir, "result.json")
  try {
    await run("bulk order", bin("medusa"), ["exec", path.join(__dirname, "bulk-order-create.ts")], {
      cwd: medusaDir(ctx.mode),
      env: { ...ctx.env, BENCH_BULK_RESULT: result },
    })
    const { ms, rows, orders, pay_request_ms, pay_ms } = JSON.parse(fs.readFileSync(result, "utf8"))
    console.log(
      `\nbulk order created, ${rows} rows → ${orders} orders with reservations and payment collections (s): ${(ms / 1000).toFixed(1)}`
    )
    console.log(
      `bulk order paid, ${orders} orders: remittance request (s): ${(pay_request_ms / 1000).toFixed(1)}; from the remittance to every order captured (s): ${(pay_ms / 1000).toFixed(1)}`
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
