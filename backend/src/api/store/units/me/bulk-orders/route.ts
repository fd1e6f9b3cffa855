import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import type {
  StoreBulkOrderErrorResponse,
  StoreBulkOrderListResponse,
  StoreBulkOrderResponse,
} from "../../../../../types/http/bulk-order"
import {
  createBulkOrderWorkflow,
  listBulkOrders,
  retrieveBulkOrder,
  toBulkOrderSummary,
} from "../../../../../workflows/bulk-order"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import { validateBulkOrderRows } from "./validation"
import { BulkOrderHeader, type StoreListBulkOrdersParamsType } from "./validators"

/** GET /store/units/me/bulk-orders: the unit's bulk orders, newest first (any member). */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreListBulkOrdersParamsType },
  res: MedusaResponse<StoreBulkOrderListResponse>
) {
  const membership = membershipOf(req)
  const { limit, offset, status } = req.validatedQuery
  const { rows, count } = await listBulkOrders(
    req.scope,
    { unit_id: membership.unit_id, status },
    { limit, offset }
  )
  res.json({ bulk_orders: rows.map(toBulkOrderSummary), count, limit, offset })
}

/**
 * POST /store/units/me/bulk-orders: the rows (file or JSON) checked all at
 * once; any error answers 400 with every error and creates nothing; valid,
 * the bulk order and its orders are created in one workflow (201).
 */
export async function POST(
  req: UnitRequest,
  res: MedusaResponse<StoreBulkOrderResponse | StoreBulkOrderErrorResponse>
) {
  const membership = membershipOf(req)
  const header = BulkOrderHeader.safeParse(req.body ?? {})
  if (!header.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      header.error.issues.map((i) => i.message).join("; ")
    )
  }
  const unit = await req.scope
    .resolve<UnitModuleService>(UNIT_MODULE)
    .retrieveUnit(membership.unit_id)
  const checked = await validateBulkOrderRows(req.scope, {
    unit,
    member: membership,
    body: req.body,
  })
  if (!checked.valid || checked.errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `共有 ${checked.errors.length} 处错误，未创建任何订单，请修改后重新提交`,
      errors: checked.errors,
    })
    return
  }
  const { result } = await createBulkOrderWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      customer_id: membership.customer_id,
      rows: checked.rows,
      po_number: header.data.po_number ?? null,
      note: header.data.note ?? null,
    },
  })
  const { view } = await retrieveBulkOrder(req.scope, result.id, { unit_id: membership.unit_id })
  res.status(201).json({ bulk_order: view })
}
