import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
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
import { checkBulkInput } from "./input"
import type { StoreListBulkOrdersParamsType } from "./validators"

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
  req: MedusaStoreRequest,
  res: MedusaResponse<StoreBulkOrderResponse | StoreBulkOrderErrorResponse>
) {
  const membership = membershipOf(req)
  const { body, preview } = await checkBulkInput(req)
  if (!preview.valid || preview.errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `共有 ${preview.errors.length} 处错误，未创建任何订单，请修改后重新提交`,
      errors: preview.errors,
    })
    return
  }
  const { result } = await createBulkOrderWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      customer_id: membership.customer_id,
      rows: preview.rows,
      po_number: body.po_number ?? null,
      note: body.note ?? null,
    },
  })
  const { view } = await retrieveBulkOrder(req.scope, result.id, { unit_id: membership.unit_id })
  res.status(201).json({ bulk_order: view })
}
