/**
 * Run by the bench with `medusa exec`: rebuilds the aid ledger's daily totals
 * with the module's own code (`AidModuleService.rebuildDailyTotals`) and
 * writes how long the call took to the file named by BENCH_AID_RESULT.
 */
import fs from "node:fs"
import { performance } from "node:perf_hooks"

type ExecArgs = { container: { resolve: <T>(key: string) => T } }

export default async function rebuildAidDailyTotals({ container }: ExecArgs) {
  const aid = container.resolve<{ rebuildDailyTotals: () => Promise<void> }>("aid")
  const start = performance.now()
  await aid.rebuildDailyTotals()
  const ms = performance.now() - start
  if (process.env.BENCH_AID_RESULT) {
    fs.writeFileSync(process.env.BENCH_AID_RESULT, JSON.stringify({ ms }))
  }
}
