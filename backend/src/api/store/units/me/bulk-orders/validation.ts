/**
 * The create route's port to the row validator that the bulkcheck part
 * writes (`validateBulkOrder` in backend/src/workflows/bulk-order/validate:
 * every row checked at once, answering the preview's shape). At merge, the
 * body of `validateBulkOrderRows` becomes that call:
 *
 *   import { validateBulkOrder } from "../../../../../workflows/bulk-order/validate"
 *   return validateBulkOrder(scope, input)
 *
 * Until then no file or row list can be checked, so a create request is
 * refused (400) and nothing is written; the workflow is tested directly.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { UnitModuleService } from "../../../../../modules/unit"
import type { UnitMembership } from "../../../../../modules/unit/service"
import type { StoreBulkOrderPreviewResponse } from "../../../../../types/http/bulk-order"

export type BulkOrderValidationInput = {
  unit: Awaited<ReturnType<UnitModuleService["retrieveUnit"]>>
  member: UnitMembership
  body: unknown
}

export async function validateBulkOrderRows(
  _scope: MedusaContainer,
  _input: BulkOrderValidationInput
): Promise<StoreBulkOrderPreviewResponse> {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "批量下单的校验尚未启用，请稍后再试")
}
