"use server"

import type { BulkRowError } from "@http/bulk-order"
import type { UnitApproval } from "@http/unit-approval"
import { approvalNoteSchema } from "@shared/unit-approval"
import { requestBulkApproval } from "@/lib/data/unit-approvals"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"
import { previewedBulkBody } from "@/lib/unit/bulk-previewed"

export type BulkApprovalResult =
  { ok: true; approval: UnitApproval } | { ok: false; message: string; errors?: BulkRowError[] }

/**
 * 提交审批 of a bulk order over the unit's approval policy: the very upload
 * of the page (`file`, `po_number`, `note`, `delivery` as JSON) is checked
 * again by the server's preview, and its rows are sent as the approvals
 * route takes them (kind "bulk_order"), with the member's 申请说明. The
 * server prices and checks every row itself; nothing is placed until the
 * 审批人 approves.
 */
export async function requestBulkApprovalAction(
  form: FormData,
  note: string
): Promise<BulkApprovalResult> {
  const message = approvalNoteSchema.safeParse(note.trim() || null)
  if (!message.success) return { ok: false, message: t("bulk.approval.messageInvalid") }
  const previewed = await previewedBulkBody(form, "bulk.approval.failed")
  if (!previewed.ok) return previewed
  try {
    const { approval } = await requestBulkApproval({
      kind: "bulk_order",
      ...previewed.body,
      message: message.data ?? null,
    })
    return { ok: true, approval }
  } catch (error) {
    const status =
      typeof error === "object" && error && "status" in error ? Number(error.status) : 500
    return { ok: false, message: bulkRefusal(status, error) }
  }
}
