import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_RECONCILIATION_MODULE } from "../../../modules/payment-reconciliation"
import type { PaymentReconciliationModuleService } from "../../../modules/payment-reconciliation"
import { previousChinaDay } from "../../../shared/china-time"
import { fenToYuan } from "../../../shared/money"
import type {
  ReconciliationProvider,
  ReconciliationStatus,
} from "../../../types/http/payment-reconciliations"
import type { DayComparison } from "./compare-day"

export type SaveRunInput = {
  provider: ReconciliationProvider
  bill_date: string
  trigger: "job" | "admin"
  comparison: DayComparison
  actor_id: string | null
}

type RunFields = {
  status: ReconciliationStatus
  bill_count: number
  shop_count: number
  bill_total: string
  shop_total: string
  difference_count: number
  error: string | null
  trigger: "job" | "admin"
}

type Undo = {
  run_id: string
  created: boolean
  previous: RunFields | null
  removed_difference_ids: string[]
  created_difference_ids: string[]
  auto_resolved_ids: string[]
}

const key = (d: { kind: string; direction: string; out_trade_no: string }) =>
  `${d.kind}:${d.direction}:${d.out_trade_no}`

export const saveReconciliationRunStepId = "save-payment-reconciliation-run"

/**
 * Keeps the day's run: one per provider and day, replaced when the day is run
 * again. Unresolved differences are replaced by the new ones; a difference the
 * support team already resolved is kept and not raised again. A refund the
 * previous day's run found missing from the bill and this bill completes is
 * resolved there. Undone: the run, its differences and those resolutions as they were.
 */
export const saveReconciliationRunStep = createStep(
  saveReconciliationRunStepId,
  async (input: SaveRunInput, { container }) => {
    const service = container.resolve<PaymentReconciliationModuleService>(
      PAYMENT_RECONCILIATION_MODULE
    )
    const c = input.comparison
    const [existing] = await service.listPaymentReconciliationRuns(
      { provider: input.provider, bill_date: input.bill_date },
      { relations: ["differences"] }
    )
    const resolved = new Set(
      (existing?.differences ?? []).filter((d) => d.resolved_at).map((d) => key(d))
    )
    const fresh = c.ok ? c.differences.filter((d) => !resolved.has(key(d))) : []
    const fields: RunFields = {
      status: !c.ok ? "failed" : fresh.length ? "differences" : "balanced",
      bill_count: c.ok ? c.bill_count : 0,
      shop_count: c.ok ? c.shop_count : 0,
      bill_total: fenToYuan(c.ok ? c.bill_fen : 0),
      shop_total: fenToYuan(c.ok ? c.shop_fen : 0),
      difference_count: fresh.length,
      error: c.ok ? null : c.error,
      trigger: input.trigger,
    }
    // a failed reading keeps what an earlier successful one found
    const keepDifferences = !c.ok && existing && existing.status !== "failed"
    const undo: Undo = {
      run_id: "",
      created: !existing,
      previous: existing
        ? {
            status: existing.status,
            bill_count: existing.bill_count,
            shop_count: existing.shop_count,
            bill_total: String(existing.bill_total),
            shop_total: String(existing.shop_total),
            difference_count: existing.difference_count,
            error: existing.error,
            trigger: existing.trigger,
          }
        : null,
      removed_difference_ids: [],
      created_difference_ids: [],
      auto_resolved_ids: [],
    }
    let runId: string
    if (existing) {
      runId = existing.id
      if (keepDifferences) {
        await service.updatePaymentReconciliationRuns({ id: runId, error: fields.error })
      } else {
        undo.removed_difference_ids = existing.differences
          .filter((d) => !d.resolved_at)
          .map((d) => d.id)
        if (undo.removed_difference_ids.length) {
          await service.softDeletePaymentReconciliationDifferences(undo.removed_difference_ids)
        }
        await service.updatePaymentReconciliationRuns({ id: runId, ...fields })
      }
    } else {
      const run = await service.createPaymentReconciliationRuns({
        provider: input.provider,
        bill_date: input.bill_date,
        ...fields,
      })
      runId = run.id
    }
    undo.run_id = runId
    if (fresh.length && !keepDifferences) {
      const created = await service.createPaymentReconciliationDifferences(
        fresh.map((d) => ({
          run_id: runId,
          kind: d.kind,
          direction: d.direction,
          out_trade_no: d.out_trade_no,
          transaction_id: d.transaction_id,
          bill_amount: d.bill_fen === null ? null : fenToYuan(d.bill_fen),
          shop_amount: d.shop_fen === null ? null : fenToYuan(d.shop_fen),
          payment_id: d.payment_id,
          order_id: d.order_id,
          display_id: d.display_id,
        }))
      )
      undo.created_difference_ids = created.map((d) => d.id)
    }
    if (c.ok && c.completed_refunds.length) {
      const [earlier] = await service.listPaymentReconciliationRuns(
        { provider: input.provider, bill_date: previousChinaDay(input.bill_date) },
        { relations: ["differences"] }
      )
      const open = (earlier?.differences ?? []).filter(
        (d) =>
          !d.resolved_at &&
          d.direction === "refund" &&
          d.kind === "missing_in_bill" &&
          c.completed_refunds.includes(d.out_trade_no)
      )
      if (open.length) {
        await service.updatePaymentReconciliationDifferences(
          open.map((d) => ({
            id: d.id,
            resolved_at: new Date(),
            resolved_by: input.actor_id,
            resolution_note: `退款已于 ${input.bill_date} 的账单中完成`,
          }))
        )
        undo.auto_resolved_ids = open.map((d) => d.id)
      }
    }
    return new StepResponse({ id: runId }, undo)
  },
  async (undo, { container }) => {
    if (!undo?.run_id) return
    const service = container.resolve<PaymentReconciliationModuleService>(
      PAYMENT_RECONCILIATION_MODULE
    )
    if (undo.auto_resolved_ids.length) {
      await service.updatePaymentReconciliationDifferences(
        undo.auto_resolved_ids.map((id) => ({
          id,
          resolved_at: null,
          resolved_by: null,
          resolution_note: null,
        }))
      )
    }
    if (undo.created_difference_ids.length) {
      await service.deletePaymentReconciliationDifferences(undo.created_difference_ids)
    }
    if (undo.created) {
      await service.deletePaymentReconciliationRuns(undo.run_id)
      return
    }
    if (undo.removed_difference_ids.length) {
      await service.restorePaymentReconciliationDifferences(undo.removed_difference_ids)
    }
    if (undo.previous) {
      await service.updatePaymentReconciliationRuns({ id: undo.run_id, ...undo.previous })
    }
  }
)
