/**
 * Reconciliation runs as the admin reads them (the HTTP types of
 * /admin/payment-reconciliations).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import {
  PAYMENT_RECONCILIATION_MODULE,
  type PaymentReconciliationModuleService,
} from "../../modules/payment-reconciliation"
import type {
  AdminPaymentReconciliationListResponse,
  PaymentReconciliationDifference,
  PaymentReconciliationRun,
  ReconciliationProvider,
  ReconciliationStatus,
} from "../../types/http/payment-reconciliations"

type Service = PaymentReconciliationModuleService
type RunRecord = Awaited<ReturnType<Service["listPaymentReconciliationRuns"]>>[number]
type DifferenceRecord = Awaited<ReturnType<Service["listPaymentReconciliationDifferences"]>>[number]

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null
const yuan = (value: Parameters<typeof MathBN.convert>[0] | null | undefined) =>
  value === null || value === undefined ? null : MathBN.convert(value).toFixed(2)

function toDifferenceView(d: DifferenceRecord): PaymentReconciliationDifference {
  return {
    id: d.id,
    kind: d.kind,
    direction: d.direction,
    out_trade_no: d.out_trade_no,
    transaction_id: d.transaction_id ?? null,
    bill_amount: yuan(d.bill_amount),
    shop_amount: yuan(d.shop_amount),
    payment_id: d.payment_id ?? null,
    order_id: d.order_id ?? null,
    display_id: d.display_id ?? null,
    resolved_at: iso(d.resolved_at),
    resolved_by: d.resolved_by ?? null,
    resolution_note: d.resolution_note ?? null,
  }
}

function toRunView(run: RunRecord, differences: DifferenceRecord[]): PaymentReconciliationRun {
  return {
    id: run.id,
    provider: run.provider,
    bill_date: run.bill_date,
    status: run.status,
    bill_count: run.bill_count,
    shop_count: run.shop_count,
    bill_total: yuan(run.bill_total) ?? "0.00",
    shop_total: yuan(run.shop_total) ?? "0.00",
    difference_count: run.difference_count,
    unresolved_count: differences.filter((d) => !d.resolved_at).length,
    error: run.error ?? null,
    trigger: run.trigger,
    created_at: iso(run.created_at)!,
    updated_at: iso(run.updated_at)!,
  }
}

export type PaymentReconciliationFilters = {
  provider?: ReconciliationProvider
  status?: ReconciliationStatus
  from?: string
  to?: string
}

export async function listPaymentReconciliationViews(
  container: MedusaContainer,
  filters: PaymentReconciliationFilters,
  page: { limit: number; offset: number }
): Promise<Omit<AdminPaymentReconciliationListResponse, "limit" | "offset">> {
  const service = container.resolve<Service>(PAYMENT_RECONCILIATION_MODULE)
  const where: Record<string, unknown> = {}
  if (filters.provider) where.provider = filters.provider
  if (filters.status) where.status = filters.status
  if (filters.from || filters.to) {
    where.bill_date = {
      ...(filters.from ? { $gte: filters.from } : {}),
      ...(filters.to ? { $lte: filters.to } : {}),
    }
  }
  const [runs, count] = await service.listAndCountPaymentReconciliationRuns(where, {
    relations: ["differences"],
    order: { bill_date: "DESC", provider: "ASC" },
    take: page.limit,
    skip: page.offset,
  })
  return {
    runs: runs.map((run) => toRunView(run, run.differences ?? [])),
    providers: service.configuredProviders(),
    count,
  }
}

export async function retrievePaymentReconciliationView(
  container: MedusaContainer,
  id: string
): Promise<(PaymentReconciliationRun & { differences: PaymentReconciliationDifference[] }) | null> {
  const service = container.resolve<Service>(PAYMENT_RECONCILIATION_MODULE)
  const [run] = await service.listPaymentReconciliationRuns({ id }, { relations: ["differences"] })
  if (!run) return null
  const differences = [...(run.differences ?? [])].sort((a, b) =>
    a.direction === b.direction
      ? a.out_trade_no.localeCompare(b.out_trade_no)
      : a.direction.localeCompare(b.direction)
  )
  return { ...toRunView(run, differences), differences: differences.map(toDifferenceView) }
}
