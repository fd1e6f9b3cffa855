import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreBulkOrderPreviewResponse } from "../../../../../../types/http/bulk-order"
import { checkBulkInput } from "../input"

/**
 * POST /store/units/me/bulk-orders/preview (multipart `file`, or JSON
 * `{ rows, delivery?, po_number?, note? }`) → `{ valid, rows, errors, totals }`:
 * every row checked at once; writes nothing.
 */
export async function POST(
  req: MedusaStoreRequest,
  res: MedusaResponse<StoreBulkOrderPreviewResponse>
) {
  const { preview } = await checkBulkInput(req)
  res.json(preview)
}
