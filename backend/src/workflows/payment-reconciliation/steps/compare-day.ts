import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_RECONCILIATION_MODULE } from "../../../modules/payment-reconciliation"
import type { PaymentReconciliationModuleService } from "../../../modules/payment-reconciliation"
import {
  type BillDifference,
  compareBill,
  netFen,
} from "../../../modules/payment-reconciliation/compare"
import { previousChinaDay } from "../../../shared/china-time"
import type { ProviderBillRow } from "../../../shared/payment-bill"
import type { ReconciliationProvider } from "../../../types/http/payment-reconciliations"

export type DayComparison =
  | {
      ok: true
      bill_count: number
      shop_count: number
      bill_fen: number
      shop_fen: number
      differences: BillDifference[]
      /** refunds the shop made the day before that this bill completes */
      completed_refunds: string[]
    }
  | { ok: false; error: string }

const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500)

export const compareProviderDayStepId = "compare-provider-day"

/**
 * Reads the provider's bill of the day and the shop's captures and refunds of
 * the same day, and compares them. Across midnight: a payment the provider
 * took on the day and the shop captured after midnight is the same payment
 * (captures are looked up by number too); a capture of the day that the bill
 * lacks is looked for in the previous day's bill, and a refund in the bill
 * that the shop recorded the day before counts as that one. Read-only; a bill
 * that cannot be read is a failed comparison, not an error of the workflow.
 */
export const compareProviderDayStep = createStep(
  compareProviderDayStepId,
  async (
    input: { provider: ReconciliationProvider; bill_date: string },
    { container }
  ): Promise<StepResponse<DayComparison>> => {
    const service = container.resolve<PaymentReconciliationModuleService>(
      PAYMENT_RECONCILIATION_MODULE
    )
    let bill: ProviderBillRow[]
    try {
      bill = await service.billSource(input.provider).fetchBill(input.bill_date)
    } catch (error) {
      return new StepResponse({ ok: false, error: errorText(error) })
    }
    const paid = bill.filter((r) => r.kind === "payment").map((r) => r.out_trade_no)
    const captures = await service.shopCaptures(input.provider, input.bill_date, paid)
    const refunds = await service.shopRefunds(input.provider, input.bill_date)
    let differences = compareBill(bill, [...captures, ...refunds])

    const before = previousChinaDay(input.bill_date)
    const lateCaptures = differences.filter(
      (d) => d.kind === "missing_in_bill" && d.direction === "payment"
    )
    if (lateCaptures.length) {
      let previousBill: ProviderBillRow[] = []
      try {
        previousBill = await service.billSource(input.provider).fetchBill(before)
      } catch {
        // the previous day's bill is gone or not readable: the differences stand
      }
      const inPrevious = new Map(
        previousBill.filter((r) => r.kind === "payment").map((r) => [r.out_trade_no, r.amount_fen])
      )
      differences = differences.filter(
        (d) => !lateCaptures.includes(d) || inPrevious.get(d.out_trade_no) !== d.shop_fen
      )
    }
    const refundGaps = differences.filter((d) => d.direction === "refund" && d.bill_fen !== null)
    const completedRefunds: string[] = []
    if (refundGaps.length) {
      const earlier = await service.shopRefunds(input.provider, before)
      const earlierFen = new Map<string, number>()
      for (const r of earlier) {
        earlierFen.set(r.out_trade_no, (earlierFen.get(r.out_trade_no) ?? 0) + r.amount_fen)
      }
      differences = differences.filter((d) => {
        if (!refundGaps.includes(d)) return true
        const earlierRefund = earlierFen.get(d.out_trade_no) ?? 0
        if (!earlierRefund || (d.shop_fen ?? 0) + earlierRefund !== d.bill_fen) return true
        completedRefunds.push(d.out_trade_no)
        return false
      })
    }
    return new StepResponse({
      ok: true,
      bill_count: bill.length,
      shop_count: captures.length + refunds.length,
      bill_fen: netFen(bill),
      shop_fen: netFen([...captures, ...refunds]),
      differences,
      completed_refunds: completedRefunds,
    })
  }
)
