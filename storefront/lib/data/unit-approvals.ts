import "server-only"
import type {
  StoreUnitApprovalListResponse,
  StoreUnitApprovalPolicyResponse,
  StoreUnitApprovalResponse,
  UnitApprovalPolicyInput,
} from "@http/unit-approval"
import type { BulkApprovalBody } from "@/lib/unit/bulk-approval"
import { NOT_CACHED } from "./cache"
import { authHeaders } from "./cookies"
import { medusa } from "./medusa"

/**
 * The unit's approvals (审批): its policy and month's spending
 * (/store/units/me/approval-policy) and its requests
 * (/store/units/me/approvals), asked with the signed-in member's session;
 * the server scopes them to the member's unit and role. Never cached.
 */

const POLICY = "/store/units/me/approval-policy"
const APPROVALS = "/store/units/me/approvals"

export async function retrieveMyApprovalPolicy(): Promise<StoreUnitApprovalPolicyResponse> {
  return medusa.client.fetch<StoreUnitApprovalPolicyResponse>(POLICY, {
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
}

export async function setMyApprovalPolicy(
  body: UnitApprovalPolicyInput
): Promise<StoreUnitApprovalPolicyResponse> {
  return medusa.client.fetch<StoreUnitApprovalPolicyResponse>(POLICY, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

export async function listMyApprovals(): Promise<StoreUnitApprovalListResponse> {
  return medusa.client.fetch<StoreUnitApprovalListResponse>(APPROVALS, {
    query: { limit: 50 },
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
}

export async function requestCartApproval(
  cartId: string,
  message: string | null
): Promise<StoreUnitApprovalResponse> {
  return medusa.client.fetch<StoreUnitApprovalResponse>(APPROVALS, {
    method: "POST",
    body: { kind: "cart", cart_id: cartId, message },
    headers: await authHeaders(),
  })
}

export async function decideApproval(
  id: string,
  decision: { approve: true } | { approve: false; reason: string }
): Promise<StoreUnitApprovalResponse> {
  const path = `${APPROVALS}/${encodeURIComponent(id)}/${decision.approve ? "approve" : "reject"}`
  return medusa.client.fetch<StoreUnitApprovalResponse>(path, {
    method: "POST",
    body: decision.approve ? {} : { reason: decision.reason },
    headers: await authHeaders(),
  })
}

/** Asks approval for a bulk order's rows (the body of lib/unit/bulk-approval.ts). */
export async function requestBulkApproval(
  body: BulkApprovalBody
): Promise<StoreUnitApprovalResponse> {
  return medusa.client.fetch<StoreUnitApprovalResponse>(APPROVALS, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}
