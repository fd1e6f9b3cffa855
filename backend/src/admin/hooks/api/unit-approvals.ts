/** 单位审批: /admin/unit-approvals (every unit's approval requests, by unit and status). */
import type {
  AdminUnitApprovalListResponse,
  UnitApprovalStatus,
} from "../../../types/http/unit-approval"
import { resourceQueries } from "./base"

export type AdminUnitApprovalListParams = {
  unit_id?: string
  status?: UnitApprovalStatus
  limit?: number
  offset?: number
}

const unitApprovals = resourceQueries<
  AdminUnitApprovalListParams,
  AdminUnitApprovalListResponse,
  never
>("unit-approvals", "/admin/unit-approvals")
export const unitApprovalsQueryKeys = unitApprovals.keys
export const useUnitApprovals = unitApprovals.useList
