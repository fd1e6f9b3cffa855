import { z } from "@medusajs/framework/zod"
import { UNIT_APPROVAL_STATUSES } from "../../../types/http/unit-approval"
import { pageParams } from "../../utils/validators"

/** GET /admin/unit-approvals: by unit and status, newest first. */
export const AdminUnitApprovalParams = z
  .object({
    unit_id: z.string().trim().min(1).max(100).optional(),
    status: z.enum(UNIT_APPROVAL_STATUSES).optional(),
    ...pageParams(100, 50),
  })
  .strict()
export type AdminUnitApprovalParamsType = z.infer<typeof AdminUnitApprovalParams>
