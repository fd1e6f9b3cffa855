import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { fenToYuan, parseFen } from "../../shared/money"
import type {
  AdminUnitApproval,
  UnitApproval,
  UnitApprovalLine,
  UnitApprovalReason,
  UnitApprovalRecipient,
  UnitApprovalStatus,
} from "../../types/http/unit-approval"

type ApprovalRecord = Awaited<ReturnType<UnitModuleService["listUnitApprovals"]>>[number]

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null

/** An approval request as the unit's members and the support team read it. */
export function toApprovalView(record: ApprovalRecord): UnitApproval {
  const summary = (record.summary ?? {}) as {
    lines?: UnitApprovalLine[]
    recipients?: UnitApprovalRecipient[]
  }
  return {
    id: record.id,
    unit_id: record.unit_id,
    kind: record.kind,
    status: record.status,
    amount: fenToYuan(parseFen(String(record.amount)) ?? BigInt(0)),
    reasons: (record.reasons ?? []) as unknown as UnitApprovalReason[],
    lines: summary.lines ?? [],
    recipients: summary.recipients ?? [],
    cart_id: record.cart_id,
    note: record.note,
    requested_by: record.requested_by,
    requested_at: iso(record.created_at) as string,
    decided_by: record.decided_by,
    decided_at: iso(record.decided_at),
    reason: record.reason,
    order_ids: (record.order_ids ?? []) as unknown as string[],
    bulk_order_id: record.bulk_order_id,
  }
}

export type ApprovalFilters = {
  unit_id?: string
  status?: UnitApprovalStatus
  requested_by?: string
}

/** A page of approval requests, newest first. */
export async function listApprovals(
  container: MedusaContainer,
  filters: ApprovalFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: UnitApproval[]; count: number }> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const where = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
  const [records, count] = await units.listAndCountUnitApprovals(where, {
    take: page.limit,
    skip: page.offset,
    order: { created_at: "DESC" },
  })
  return { rows: records.map(toApprovalView), count }
}

/** One of the unit's requests (404 for another unit's). */
export async function retrieveApproval(
  container: MedusaContainer,
  unitId: string,
  id: string
): Promise<UnitApproval> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const [record] = await units.listUnitApprovals({ id, unit_id: unitId }, { take: 1 })
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `审批申请 ${id} 不存在`)
  return toApprovalView(record)
}

/** The support team's page: every unit's requests with the unit's name. */
export async function listApprovalsForAdmin(
  container: MedusaContainer,
  filters: ApprovalFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: AdminUnitApproval[]; count: number }> {
  const { rows, count } = await listApprovals(container, filters, page)
  const ids = [...new Set(rows.map((r) => r.unit_id))]
  const units = ids.length
    ? await container
        .resolve<UnitModuleService>(UNIT_MODULE)
        .listUnits({ id: ids }, { select: ["id", "name"], take: null })
    : []
  const names = new Map(units.map((u) => [u.id, u.name]))
  return { rows: rows.map((r) => ({ ...r, unit_name: names.get(r.unit_id) ?? "" })), count }
}

/** A unit's approval policy as decimal yuan (null: not checked). */
export async function policyOf(container: MedusaContainer, unitId: string) {
  const unit = await container
    .resolve<UnitModuleService>(UNIT_MODULE)
    .retrieveUnit(unitId, { select: ["id", "approval_order_over", "approval_month_over"] })
  const yuan = (value: unknown) =>
    value === null || value === undefined ? null : fenToYuan(parseFen(String(value)) ?? BigInt(0))
  return { order_over: yuan(unit.approval_order_over), month_over: yuan(unit.approval_month_over) }
}
