import { approvalPolicySchema } from "../../../../../shared/unit-approval"

/** POST /store/units/me/approval-policy: `{ order_over?, month_over? }` in yuan; null or "" clears one. */
export const StoreUnitApprovalPolicy = approvalPolicySchema
export type { ApprovalPolicyInput as StoreUnitApprovalPolicyType } from "../../../../../shared/unit-approval"
