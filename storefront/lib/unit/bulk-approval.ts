/**
 * The bulk-order page's approval part, pure: whether the previewed bulk
 * order needs the unit's approval (the server's own rule, @shared/unit-approval,
 * exact in fen), and the JSON body that asks for it from the previewed rows
 * (as /store/units/me/approvals takes them: the template's cells, the one
 * delivery address when there is one; the server checks every row again and
 * prices them itself).
 */
import type { BulkDeliveryInput, BulkRowInput, BulkRowResolved } from "@http/bulk-order"
import type { UnitApprovalPolicy, UnitApprovalReason } from "@http/unit-approval"
import { parseFen } from "@shared/money"
import { approvalReasons, policyFen } from "@shared/unit-approval"

/** What the page knows of the unit's policy: its amounts and the month's spending so far. */
export type BulkApprovalPolicy = { policy: UnitApprovalPolicy; month_spent: string }

/** Why a bulk order of `total` (yuan text) needs approval; empty when it may be placed directly. */
export function bulkApprovalReasons(
  known: BulkApprovalPolicy | null,
  total: string
): UnitApprovalReason[] {
  if (!known) return []
  const amount = parseFen(total)
  if (amount === null) return []
  return approvalReasons(policyFen(known.policy), amount, parseFen(known.month_spent) ?? BigInt(0))
}

export type BulkApprovalBody = {
  kind: "bulk_order"
  rows: BulkRowInput[]
  delivery: BulkDeliveryInput | null
  po_number: string | null
  note: string | null
  message: string | null
}

/** The approval request of the previewed rows (with one delivery address, the rows carry only the goods). */
export function bulkApprovalBody(
  rows: BulkRowResolved[],
  fields: {
    delivery: BulkDeliveryInput | null
    po_number: string | null
    note: string | null
    message: string | null
  }
): BulkApprovalBody {
  const goods = (r: BulkRowResolved): BulkRowInput => ({
    sku: r.sku,
    quantity: r.quantity,
    note: r.note,
  })
  return {
    kind: "bulk_order",
    rows: rows.map((r) =>
      fields.delivery
        ? goods(r)
        : {
            recipient: r.recipient,
            mobile: r.mobile,
            province: r.province,
            city: r.city,
            district: r.district,
            address: r.address,
            ...goods(r),
          }
    ),
    ...fields,
  }
}
