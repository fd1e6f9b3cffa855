"use server"

import { redirect } from "next/navigation"
import type { BulkRowError } from "@http/bulk-order"
import { quoteMessageSchema } from "@shared/quote"
import { requestQuote } from "@/lib/data/quotes"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"
import { previewedBulkBody } from "@/lib/unit/bulk-previewed"

export type BulkQuoteResult = { ok: false; message: string; errors?: BulkRowError[] }

/**
 * 申请询价 of a previewed bulk order: the very upload of the page is checked
 * again by the server's preview and its rows sent to the quotes route
 * (`source: "bulk_order"`) with the member's 询价说明; the server checks and
 * prices every row itself (never a price from here). Then the quote's page.
 */
export async function requestBulkQuoteAction(
  form: FormData,
  note: string
): Promise<BulkQuoteResult> {
  const message = quoteMessageSchema.safeParse(note.trim() || null)
  if (!message.success) return { ok: false, message: t("quote.errors.messageInvalid") }
  const previewed = await previewedBulkBody(form, "bulk.quote.failed")
  if (!previewed.ok) return previewed
  let id: string
  try {
    const { quote } = await requestQuote({
      source: "bulk_order",
      ...previewed.body,
      message: message.data ?? null,
    })
    id = quote.id
  } catch (error) {
    const status =
      typeof error === "object" && error && "status" in error ? Number(error.status) : 500
    const errors = (error as { errors?: BulkRowError[] } | null)?.errors
    return { ok: false, message: bulkRefusal(status, error), errors }
  }
  redirect(`/unit/quotes/${encodeURIComponent(id)}`)
}
