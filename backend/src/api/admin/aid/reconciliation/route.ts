import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { yuanString } from "../../../../shared/money"
import { reconcileAidLedgerWorkflow } from "../../../../workflows/aid"

function present(run: any) {
  if (!run) return null
  return {
    id: run.id,
    trigger: run.trigger,
    orders_checked: run.orders_checked,
    mismatch_count: run.mismatch_count,
    difference_total: yuanString(run.raw_difference_total?.value ?? run.difference_total),
    mismatches: run.mismatches,
    started_at: run.started_at,
    finished_at: run.finished_at,
  }
}

/** GET /admin/aid/reconciliation: the latest run, by the nightly job or from the admin. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const aid = req.scope.resolve<AidModuleService>(AID_MODULE)
  const [run] = await aid.listAidReconciliations({}, {
    take: 1,
    order: { finished_at: "DESC" },
  } as any)
  res.json({ reconciliation: present(run) })
}

/** POST /admin/aid/reconciliation: reconciles now and returns the report. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await reconcileAidLedgerWorkflow(req.scope).run({
    input: { trigger: "admin" },
  })
  res.json({ reconciliation: present(result) })
}
