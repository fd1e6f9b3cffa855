import "server-only"
import type {
  BulkDeliveryInput,
  BulkRowError,
  StoreBulkOrderPreviewResponse,
} from "@http/bulk-order"
import { postBulkOrderForm } from "@/lib/data/bulk-orders"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"
import { type BulkApprovalBody, bulkApprovalBody } from "@/lib/unit/bulk-approval"

export type PreviewedBulk =
  | { ok: true; body: Omit<BulkApprovalBody, "kind" | "message"> }
  | { ok: false; message: string; errors?: BulkRowError[] }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim() || null

/**
 * The page's upload (`file`, `po_number`, `note`, `delivery` as JSON) checked
 * again by the server's preview, as the JSON rows the approval and quote
 * routes take (the template's cells; the server checks and prices them
 * again itself). Refused in Chinese when the preview no longer passes.
 */
export async function previewedBulkBody(form: FormData, failed: string): Promise<PreviewedBulk> {
  const previewed = await postBulkOrderForm("/preview", form)
  const answer = await previewed.json().catch(() => null)
  if (!previewed.ok) return { ok: false, message: bulkRefusal(previewed.status, answer) }
  const preview = answer as StoreBulkOrderPreviewResponse
  if (!preview.valid) return { ok: false, message: t("bulk.new.changed"), errors: preview.errors }
  let delivery: BulkDeliveryInput | null = null
  try {
    delivery = form.get("delivery") ? JSON.parse(String(form.get("delivery"))) : null
  } catch {
    return { ok: false, message: t(failed) }
  }
  const { rows } = bulkApprovalBody(preview.rows, {
    delivery,
    po_number: null,
    note: null,
    message: null,
  })
  return {
    ok: true,
    body: { rows, delivery, po_number: text(form, "po_number"), note: text(form, "note") },
  }
}
