"use server"

import { redirect } from "next/navigation"
import type {
  BulkRowError,
  StoreBulkOrderPreviewResponse,
  StoreBulkOrderResponse,
} from "@http/bulk-order"
import { postBulkOrderForm } from "@/lib/data/bulk-orders"
import { bulkRefusal } from "@/lib/unit/bulk-answer"

/**
 * 批量下单's server actions: preview the upload (writes nothing), and create
 * the bulk order from the same upload (all or nothing, then its page). The
 * form is passed on as it is (`file`, `po_number`, `note`, `delivery` as
 * JSON); the server checks every row.
 */

export type BulkPreviewResult =
  { ok: true; preview: StoreBulkOrderPreviewResponse } | { ok: false; message: string }

export type BulkCreateResult = { ok: false; message: string; errors?: BulkRowError[] }

export async function previewBulkOrderAction(form: FormData): Promise<BulkPreviewResult> {
  const answer = await postBulkOrderForm("/preview", form)
  const body = await answer.json().catch(() => null)
  if (!answer.ok) return { ok: false, message: bulkRefusal(answer.status, body) }
  return { ok: true, preview: body as StoreBulkOrderPreviewResponse }
}

export async function createBulkOrderAction(form: FormData): Promise<BulkCreateResult> {
  const answer = await postBulkOrderForm("", form)
  const body = await answer.json().catch(() => null)
  if (!answer.ok) {
    const errors = (body as { errors?: BulkRowError[] } | null)?.errors
    return { ok: false, message: bulkRefusal(answer.status, body), errors }
  }
  const { bulk_order } = body as StoreBulkOrderResponse
  redirect(`/unit/bulk-orders/${encodeURIComponent(bulk_order.id)}`)
}
