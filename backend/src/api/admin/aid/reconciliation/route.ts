import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { yuanString } from "../../../../shared/money"
import type {
  AdminAidReconciliationResponse,
  AidReconciliation,
  AidReconciliationMismatch,
  AidReconciliationTrigger,
} from "../../../../types/http/aid"
import { reconcileAidLedgerWorkflow } from "../../../../workflows/aid"
import { exactValue } from "../../../utils/amount"
import { jsonTime } from "../../../utils/json"

type Run = {
  id: string
  trigger: AidReconciliationTrigger
  orders_checked: number
  mismatch_count: number
  difference_total: number | string
  raw_difference_total?: unknown
  mismatches: unknown
  started_at: Date | string
  finished_at: Date | string
}

function present(run: Run | undefined): AidReconciliation | null {
  if (!run) return null
  return {
    id: run.id,
    trigger: run.trigger,
    orders_checked: run.orders_checked,
    mismatch_count: run.mismatch_count,
    difference_total: yuanString(exactValue(run.raw_difference_total, run.difference_total)),
    mismatches: run.mismatches as AidReconciliationMismatch[],
    started_at: jsonTime(run.started_at),
    finished_at: jsonTime(run.finished_at),
  }
}

/** GET /admin/aid/reconciliation: the latest run, by the nightly job or from the admin. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminAidReconciliationResponse>) {
  const aid = req.scope.resolve<AidModuleService>(AID_MODULE)
  const [run] = await aid.listAidReconciliations({}, { take: 1, order: { finished_at: "DESC" } })
  res.json({ reconciliation: present(run) })
}

/** POST /admin/aid/reconciliation: reconciles now and returns the report. */
export async function POST(
  req: MedusaRequest,
  res: MedusaResponse<AdminAidReconciliationResponse>
) {
  const { result } = await reconcileAidLedgerWorkflow(req.scope).run({
    input: { trigger: "admin" },
  })
  res.json({ reconciliation: present(result) })
}
