"use server"

import type {
  BulkDeliveryInput,
  BulkRowError,
  StoreBulkOrderPreviewResponse,
} from "@http/bulk-order"
import type { UnitApproval } from "@http/unit-approval"
import { approvalNoteSchema } from "@shared/unit-approval"
import { postBulkOrderForm } from "@/lib/data/bulk-orders"
import { requestBulkApproval } from "@/lib/data/unit-approvals"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"
import { bulkApprovalBody } from "@/lib/unit/bulk-approval"

export type BulkApprovalResult =
  { ok: true; approval: UnitApproval } | { ok: false; message: string; errors?: BulkRowError[] }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim() || null

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
  const previewed = await postBulkOrderForm("/preview", form)
  const body = await previewed.json().catch(() => null)
  if (!previewed.ok) return { ok: false, message: bulkRefusal(previewed.status, body) }
  const preview = body as StoreBulkOrderPreviewResponse
  if (!preview.valid) return { ok: false, message: t("bulk.new.changed"), errors: preview.errors }
  let delivery: BulkDeliveryInput | null = null
  try {
    delivery = form.get("delivery") ? JSON.parse(String(form.get("delivery"))) : null
  } catch {
    return { ok: false, message: t("bulk.approval.failed") }
  }
  const request = bulkApprovalBody(preview.rows, {
    delivery,
    po_number: text(form, "po_number"),
    note: text(form, "note"),
    message: message.data ?? null,
  })
  try {
    const { approval } = await requestBulkApproval(request)
    return { ok: true, approval }
  } catch (error) {
    const status =
      typeof error === "object" && error && "status" in error ? Number(error.status) : 500
    return { ok: false, message: bulkRefusal(status, error) }
  }
}
