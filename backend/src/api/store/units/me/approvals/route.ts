import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { fenToYuan } from "../../../../../shared/money"
import type {
  StoreUnitApprovalListResponse,
  StoreUnitApprovalResponse,
} from "../../../../../types/http/unit-approval"
import {
  listApprovals,
  monthSpentFen,
  requestUnitApprovalWorkflow,
  retrieveApproval,
  type RequestUnitApprovalInput,
} from "../../../../../workflows/unit-approval"
import { checkBulkInput } from "../bulk-orders/input"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import { APPROVAL_DECIDERS } from "./roles"
import type { StoreCreateUnitApprovalType, StoreListUnitApprovalsParamsType } from "./validators"

/**
 * GET /store/units/me/approvals: the unit's requests for its 审批人 and
 * 管理员, a requester's own for everyone else; newest first, with the
 * unit's spending this China month.
 */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreListUnitApprovalsParamsType },
  res: MedusaResponse<StoreUnitApprovalListResponse>
) {
  const membership = membershipOf(req)
  const { limit, offset, status } = req.validatedQuery
  const decider = APPROVAL_DECIDERS.includes(membership.role)
  const { rows, count } = await listApprovals(
    req.scope,
    {
      unit_id: membership.unit_id,
      status,
      ...(decider ? {} : { requested_by: membership.customer_id }),
    },
    { limit, offset }
  )
  const spent = await monthSpentFen(req.scope, membership.unit_id)
  res.json({ approvals: rows, count, limit, offset, month_spent: fenToYuan(spent) })
}

/**
 * POST /store/units/me/approvals: a 采购员 or 管理员 asks approval for their
 * own cart or a bulk order's rows (checked as the bulk-order route checks
 * them: any error answers 400 with every error); 400 when it needs none.
 */
export async function POST(
  req: MedusaStoreRequest<StoreCreateUnitApprovalType> & {
    validatedBody: StoreCreateUnitApprovalType
  },
  res: MedusaResponse<
    StoreUnitApprovalResponse | { type: string; message: string; errors?: unknown[] }
  >
) {
  const membership = membershipOf(req)
  const body = req.validatedBody
  const base = {
    unit_id: membership.unit_id,
    customer_id: membership.customer_id,
    note: body.message ?? null,
  }
  let input: RequestUnitApprovalInput
  if (body.kind === "cart") {
    input = { ...base, kind: "cart", cart_id: body.cart_id }
  } else {
    const { preview } = await checkBulkInput(req)
    if (!preview.valid || preview.errors.length) {
      res.status(400).json({
        type: "invalid_data",
        message: `共有 ${preview.errors.length} 处错误，未提交审批，请修改后重新提交`,
        errors: preview.errors,
      })
      return
    }
    input = {
      ...base,
      kind: "bulk_order",
      rows: preview.rows,
      total: preview.totals.total,
      po_number: body.po_number ?? null,
      bulk_note: body.note ?? null,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    }
  }
  const { result } = await requestUnitApprovalWorkflow(req.scope).run({ input })
  const approval = await retrieveApproval(req.scope, membership.unit_id, result.id)
  const spent = await monthSpentFen(req.scope, membership.unit_id)
  res.status(201).json({ approval, month_spent: fenToYuan(spent) })
}
