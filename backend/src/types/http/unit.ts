/**
 * Unit purchasers (单位客户) over HTTP: /admin/units (the support team) and
 * /store/units (a signed-in customer; its own unit is always `me`). The enums
 * are the stable codes stored in the unit module's models; the Chinese labels
 * are for the admin and the storefront to show.
 */
import type { DateTimeString, ListResponse } from "./common"

/** 党政机关 / 事业单位 / 国有企业 / 工会 / 民营企业 / 社会组织 */
export const UNIT_KINDS = [
  "party_government",
  "public_institution",
  "state_enterprise",
  "trade_union",
  "private_enterprise",
  "social_organization",
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  party_government: "党政机关",
  public_institution: "事业单位",
  state_enterprise: "国有企业",
  trade_union: "工会",
  private_enterprise: "民营企业",
  social_organization: "社会组织",
}

/** 待审核 / 已认证 / 已停用 */
export const UNIT_STATUSES = ["pending", "verified", "disabled"] as const
export type UnitStatus = (typeof UNIT_STATUSES)[number]

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  pending: "待审核",
  verified: "已认证",
  disabled: "已停用",
}

/** 管理员 (members and settings) / 采购员 (orders) / 财务 (payments, statements) / 审批人 (approves purchases) */
export const UNIT_MEMBER_ROLES = ["admin", "buyer", "finance", "approver"] as const
export type UnitMemberRole = (typeof UNIT_MEMBER_ROLES)[number]

export const UNIT_MEMBER_ROLE_LABELS: Record<UnitMemberRole, string> = {
  admin: "管理员",
  buyer: "采购员",
  finance: "财务",
  approver: "审批人",
}

/** 增值税普通发票 (普票) / 增值税专用发票 (专票) */
export const UNIT_INVOICE_TYPES = ["normal", "special"] as const
export type UnitInvoiceType = (typeof UNIT_INVOICE_TYPES)[number]

export const UNIT_INVOICE_TYPE_LABELS: Record<UnitInvoiceType, string> = {
  normal: "普票",
  special: "专票",
}

/**
 * The unit's invoice details. `title` (抬头) defaults to the unit's name and
 * `tax_id` (税号) to its credit code; a 专票 needs the registered address and
 * phone, the bank and the account as well.
 */
export type UnitInvoice = {
  type: UnitInvoiceType
  title: string
  tax_id: string
  registered_address?: string | null
  registered_phone?: string | null
  bank_name?: string | null
  bank_account?: string | null
}

/** A person the support team or the farms may reach at the unit. */
export type UnitContact = {
  name: string
  mobile: string
  title?: string | null
  email?: string | null
}

export type Unit = {
  id: string
  name: string
  kind: UnitKind
  credit_code: string
  invoice: UnitInvoice
  contacts: UnitContact[]
  headcount: number | null
  status: UnitStatus
  verified_at: DateTimeString | null
  /** why the unit was disabled, when it was */
  reason: string | null
  created_at: DateTimeString
  updated_at: DateTimeString
}

export type UnitMember = {
  id: string
  customer_id: string
  role: UnitMemberRole
  created_at: DateTimeString
  customer: { id: string; email: string; first_name: string | null; last_name: string | null }
}

/** The support team's view: who verified the unit and its customer group as well. */
export type AdminUnit = Unit & {
  verified_by: string | null
  customer_group_id: string | null
}

/* ---------- requests ---------- */

export type UnitInvoiceInput = {
  type?: UnitInvoiceType
  title?: string
  tax_id?: string
  registered_address?: string | null
  registered_phone?: string | null
  bank_name?: string | null
  bank_account?: string | null
}

/** POST /admin/units, POST /store/units */
export type UnitCreateRequest = {
  name: string
  kind: UnitKind
  credit_code: string
  invoice?: UnitInvoiceInput
  contacts?: UnitContact[]
  headcount?: number | null
}

/** POST /admin/units/:id, POST /store/units/me (the store may change name, kind and credit code only while pending) */
export type UnitUpdateRequest = Partial<UnitCreateRequest>

/** POST /admin/units/:id/disable */
export type AdminUnitDisableRequest = { reason?: string }

/** POST …/members: an existing customer account, by its e-mail. */
export type UnitMemberAddRequest = { email: string; role: UnitMemberRole }

/** POST …/members/:id */
export type UnitMemberUpdateRequest = { role: UnitMemberRole }

export type AdminUnitListParams = {
  q?: string
  status?: UnitStatus
  kind?: UnitKind
  limit?: number
  offset?: number
}

/* ---------- responses ---------- */

export type AdminUnitResponse = { unit: AdminUnit & { members: UnitMember[] } }
export type AdminUnitListResponse = ListResponse<"units", AdminUnit & { member_count: number }>

/** GET /store/units/me: the customer's unit and role. */
export type StoreUnitResponse = { unit: Unit; role: UnitMemberRole; member_id: string }
export type UnitMemberListResponse = { members: UnitMember[] }
export type UnitMemberResponse = { member: UnitMember }
export type UnitMemberDeleteResponse = { id: string; object: "unit_member"; deleted: true }

/**
 * GET /admin/orders/:id/unit: the unit an order is bought for (named on the
 * order by a bulk order: `source: "order"`) or whose member placed it
 * (`source: "member"`, with the member's role); null for neither.
 */
export type AdminOrderUnitResponse = {
  unit:
    | (Pick<Unit, "id" | "name" | "kind" | "status" | "credit_code"> & {
        source: "order" | "member"
        role: UnitMemberRole | null
      })
    | null
}
