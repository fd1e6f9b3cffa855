import type { MedusaContainer } from "@medusajs/framework/types"
import { AID_MODULE, type AidModuleService } from "../../modules/aid"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../modules/provenance"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { UNIT_REPORT_MODULE, type UnitReportModuleService } from "../../modules/unit-report"
import STATEMENT_TEXT from "../../modules/unit-report/statement/zh-CN.json"
import { yuanString } from "../../shared/money"
import { quotaPercent } from "../../shared/unit-report"
import type { AdminUnitQuotaRow, UnitQuota, UnitQuotaProgress } from "../../types/http/unit-report"

type QuotaRecord = Awaited<ReturnType<UnitReportModuleService["retrieveAidQuota"]>>

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` })

export function toUnitQuota(record: QuotaRecord): UnitQuota {
  return {
    year: record.year,
    basis: record.basis,
    amount: yuanString(String(record.amount)),
    per_member: record.per_member === null ? null : yuanString(String(record.per_member)),
    headcount: record.headcount,
    updated_at: new Date(record.updated_at).toISOString(),
  }
}

/** The unit's target of the year, or null. */
export async function quotaOf(
  scope: MedusaContainer,
  unitId: string,
  year: number
): Promise<UnitQuota | null> {
  const [record] = await scope
    .resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    .listAidQuotas({ unit_id: unitId, year }, { take: 1 })
  return record ? toUnitQuota(record) : null
}

/**
 * The unit's progress in a China year, from the aid ledger's daily totals
 * (paid money net of refunds, the figures of the 帮扶成效 reports): by month
 * (all twelve) and by town, and the percentage of the target reached.
 */
export async function quotaProgress(
  scope: MedusaContainer,
  unitId: string,
  year: number,
  quota: UnitQuota | null
): Promise<UnitQuotaProgress> {
  const aid = scope.resolve<AidModuleService>(AID_MODULE)
  const range = { ...yearRange(year), unit_id: unitId, buyer_kind: "unit" as const }
  const [months, towns] = await Promise.all([
    aid.summarize({ ...range, group_by: "month" }),
    aid.summarize({ ...range, group_by: "town" }),
  ])
  const byMonth = new Map(months.rows.map((row) => [row.key, row.amount]))
  const townIds = towns.rows.map((row) => row.key).filter((id) => !!id)
  const names = new Map(
    (
      await scope
        .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
        .listTowns({ id: townIds }, { select: ["id", "name"], withDeleted: true })
    ).map((town) => [town.id, town.name])
  )
  return {
    year,
    total: months.total.amount,
    percent: quotaPercent(months.total.amount, quota?.amount),
    months: Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, "0")}`
      return { month, amount: byMonth.get(month) ?? "0.00" }
    }),
    towns: towns.rows
      .filter((row) => row.amount !== "0.00")
      .map((row) => ({
        town_id: row.key,
        name: names.get(row.key) ?? STATEMENT_TEXT.unknown,
        amount: row.amount,
      })),
  }
}

/** Every verified unit (and any unit with a target) with its target and progress of the year. */
export async function quotaTable(
  scope: MedusaContainer,
  year: number
): Promise<AdminUnitQuotaRow[]> {
  const quotas = await scope
    .resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    .listAidQuotas({ year }, { take: null })
  const byUnit = new Map(quotas.map((q) => [q.unit_id, toUnitQuota(q)]))
  const units = await scope
    .resolve<UnitModuleService>(UNIT_MODULE)
    .listUnits(
      { $or: [{ status: "verified" }, { id: [...byUnit.keys()] }] },
      { select: ["id", "name"], order: { name: "ASC" }, take: null }
    )
  const sums = await scope
    .resolve<AidModuleService>(AID_MODULE)
    .summarize({ ...yearRange(year), buyer_kind: "unit", group_by: "unit" })
  const totals = new Map(sums.rows.map((row) => [row.key, row.amount]))
  return units.map((unit) => {
    const quota = byUnit.get(unit.id) ?? null
    const total = totals.get(unit.id) ?? "0.00"
    return {
      unit_id: unit.id,
      unit_name: unit.name,
      quota,
      total,
      percent: quotaPercent(total, quota?.amount),
    }
  })
}
