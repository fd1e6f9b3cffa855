/**
 * Approvals of unit purchases (审批) over HTTP: a unit's approval policy
 * (/store/units/me/approval-policy) and its approval requests
 * (/store/units/me/approvals, the admin's /admin/unit-approvals). Amounts are
 * decimal yuan text.
 */
import type { DateTimeString, ListResponse, YuanString } from "./common"

/** 待审批 / 已批准并下单 / 已驳回 / 已撤回 (a quote changed by the support team while pending) */
export const UNIT_APPROVAL_STATUSES = ["pending", "placed", "rejected", "withdrawn"] as const
export type UnitApprovalStatus = (typeof UNIT_APPROVAL_STATUSES)[number]

export const UNIT_APPROVAL_STATUS_LABELS: Record<UnitApprovalStatus, string> = {
  pending: "待审批",
  placed: "已批准并下单",
  rejected: "已驳回",
  withdrawn: "已撤回",
}

/** what is requested: a member's cart, a bulk order's rows, or accepting a quote (询价) */
export const UNIT_APPROVAL_KINDS = ["cart", "bulk_order", "quote"] as const
export type UnitApprovalKind = (typeof UNIT_APPROVAL_KINDS)[number]

export const UNIT_APPROVAL_KIND_LABELS: Record<UnitApprovalKind, string> = {
  cart: "订单",
  bulk_order: "批量订单",
  quote: "询价",
}

/** Why a purchase needs approval: over the per-order amount, or the month's cumulative spending would pass the limit. */
export type UnitApprovalReason = "order_over" | "month_over"

export const UNIT_APPROVAL_REASON_LABELS: Record<UnitApprovalReason, string> = {
  order_over: "单笔金额超过审批标准",
  month_over: "本月累计采购将超过审批标准",
}

/** A unit's approval policy: null amounts are not checked. */
export type UnitApprovalPolicy = {
  /** an order or bulk order over this amount needs approval */
  order_over: YuanString | null
  /** a purchase that takes the China month's spending over this amount needs approval */
  month_over: YuanString | null
}

export type UnitApprovalPolicyInput = {
  order_over?: string | number | null
  month_over?: string | number | null
}

/** One line of what is requested. */
export type UnitApprovalLine = {
  title: string
  variant_id: string | null
  quantity: number
  unit_price: YuanString
  total: YuanString
}

/** A recipient and address of what is requested. */
export type UnitApprovalRecipient = {
  name: string
  phone: string | null
  address: string
}

export type UnitApproval = {
  id: string
  unit_id: string
  kind: UnitApprovalKind
  status: UnitApprovalStatus
  /** the amount when requested (placing recomputes it from the shop's prices) */
  amount: YuanString
  reasons: UnitApprovalReason[]
  lines: UnitApprovalLine[]
  recipients: UnitApprovalRecipient[]
  cart_id: string | null
  note: string | null
  requested_by: string
  requested_at: DateTimeString
  decided_by: string | null
  decided_at: DateTimeString | null
  reason: string | null
  order_ids: string[]
  bulk_order_id: string | null
}

export type StoreUnitApprovalPolicyResponse = {
  policy: UnitApprovalPolicy
  /** the unit's spending in the China month so far (placed orders not cancelled, bulk orders included) */
  month_spent: YuanString
}

export type StoreCreateUnitApprovalInput =
  | { kind: "cart"; cart_id: string; note?: string | null }
  | { kind: "bulk_order"; rows: unknown[]; po_number?: string | null; note?: string | null }

export type StoreUnitApprovalResponse = { approval: UnitApproval; month_spent: YuanString }
export type StoreUnitApprovalListResponse = ListResponse<"approvals", UnitApproval> & {
  month_spent: YuanString
}
export type StoreRejectUnitApprovalInput = { reason: string }

export type AdminUnitApproval = UnitApproval & { unit_name: string }
export type AdminUnitApprovalListResponse = ListResponse<"approvals", AdminUnitApproval>
