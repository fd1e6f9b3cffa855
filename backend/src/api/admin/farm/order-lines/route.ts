import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { farmOf } from "../../../farm-scope"
import type { AdminFarmOrderLineListResponse } from "../../../../types/http/farm-sales"
import { listFarmOrderLines } from "../queries/order-lines"
import type { FarmOrderLinesParamsType } from "../validators"

/**
 * GET /admin/farm/order-lines?status=open|all&limit=&offset=: the lines of
 * the farm's products in paid orders not canceled (an order awaiting its
 * payment, e.g. a bank transfer, is not listed), with recipient and address,
 * newest first; `open` (default) keeps lines with units still to ship.
 */
export async function GET(
  req: MedusaRequest<unknown, FarmOrderLinesParamsType>,
  res: MedusaResponse<AdminFarmOrderLineListResponse>
) {
  const farm = await farmOf(req)
  const params = req.validatedQuery
  const { lines, count } = await listFarmOrderLines(req.scope, farm, params)
  res.json({ order_lines: lines, count, limit: params.limit, offset: params.offset })
}
