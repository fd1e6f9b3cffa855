import { z as mz } from "@medusajs/framework/zod"
import { z } from "zod"
import { approvalNoteSchema, approvalRejectSchema } from "../../../../../shared/unit-approval"
import { UNIT_APPROVAL_STATUSES } from "../../../../../types/http/unit-approval"
import { pageParams } from "../../../../utils/validators"
import { StoreBulkOrderJson } from "../bulk-orders/validators"

/**
 * POST /store/units/me/approvals: the member's own cart (`cart_id`), or a
 * bulk order's rows as the bulk-order routes take them; `message` is the
 * request's note to the approver. No price is taken from the body.
 */
export const StoreCreateUnitApproval = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("cart"),
      cart_id: z.string().trim().min(1, "请指定购物车").max(100),
      message: approvalNoteSchema,
    })
    .strict(),
  StoreBulkOrderJson.extend({ kind: z.literal("bulk_order"), message: approvalNoteSchema }),
])
export type StoreCreateUnitApprovalType = z.infer<typeof StoreCreateUnitApproval>

export const StoreRejectUnitApproval = approvalRejectSchema
export type StoreRejectUnitApprovalType = z.infer<typeof StoreRejectUnitApproval>

export const StoreListUnitApprovalsParams = mz
  .object({ status: mz.enum(UNIT_APPROVAL_STATUSES).optional(), ...pageParams(100, 20) })
  .strict()
export type StoreListUnitApprovalsParamsType = mz.infer<typeof StoreListUnitApprovalsParams>
