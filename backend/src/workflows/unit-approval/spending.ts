import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { chinaMonthStart } from "../../shared/china-time"
import { approvalReasons, policyFen } from "../../shared/unit-approval"
import { parseFen } from "../../shared/money"
import type { UnitApprovalReason } from "../../types/http/unit-approval"
import { queryRows } from "../../utils/query"

/** Order statuses that count as placed (not cancelled, not a draft). */
const PLACED_STATUSES = ["pending", "completed", "requires_action", "archived"]

type SpendingOrder = {
  id: string
  total: unknown
  metadata: Record<string, unknown> | null
}

/**
 * What the unit spent in the China month of `now`, in fen: the totals of the
 * orders its members placed since the month began and the orders a bulk
 * order created for the unit (metadata `unit_id`), not cancelled.
 */
export async function monthSpentFen(
  container: MedusaContainer,
  unitId: string,
  now: Date = new Date()
): Promise<bigint> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const members = await units.listUnitMembers(
    { unit_id: unitId },
    { select: ["customer_id"], take: null }
  )
  if (!members.length) return BigInt(0)
  const orders = await queryRows<SpendingOrder>(query, {
    entity: "order",
    fields: ["id", "total", "metadata"],
    filters: {
      customer_id: members.map((m) => m.customer_id),
      created_at: { $gte: chinaMonthStart(now) },
      status: PLACED_STATUSES,
    },
  })
  return orders
    .filter((order) => {
      const named = order.metadata?.unit_id
      return typeof named !== "string" || named === unitId
    })
    .reduce((sum, order) => sum + (parseFen(String(order.total ?? 0)) ?? BigInt(0)), BigInt(0))
}

export type ApprovalNeed = { reasons: UnitApprovalReason[]; spent_fen: bigint }

/** Whether a purchase of `amountFen` by the unit needs approval now, and what it spent this month. */
export async function approvalNeed(
  container: MedusaContainer,
  unitId: string,
  amountFen: bigint
): Promise<ApprovalNeed> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const unit = await units.retrieveUnit(unitId, {
    select: ["id", "approval_order_over", "approval_month_over"],
  })
  const policy = policyFen({
    order_over: unit.approval_order_over,
    month_over: unit.approval_month_over,
  })
  if (policy.order_over === null && policy.month_over === null) {
    return { reasons: [], spent_fen: BigInt(0) }
  }
  const spent = await monthSpentFen(container, unitId)
  return { reasons: approvalReasons(policy, amountFen, spent), spent_fen: spent }
}

/** The error a purchase that needs approval answers (403), telling the member to request it. */
export function approvalRequiredError(reasons: UnitApprovalReason[]): MedusaError {
  const why = reasons.includes("order_over")
    ? "金额超过单位的审批标准"
    : "本月累计采购将超过单位的审批标准"
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${why}，请在“单位 → 采购审批”中提交审批申请，审批通过后由系统下单`
  )
}
