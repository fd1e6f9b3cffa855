"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { quoteMessageSchema, storeDeclineQuoteSchema } from "@shared/quote"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { getCartId } from "@/lib/data/cookies"
import { acceptQuote, declineQuote, requestQuote } from "@/lib/data/quotes"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"

/**
 * The quote (询价) forms' server actions: a 采购员 or 管理员 asks a price for
 * the current cart (from the cart page), and accepts or declines the support
 * team's quote. The server decides everything else (threshold, address,
 * prices, validity, the approval policy) and refuses in Chinese; its
 * message is shown as it is.
 */

function refusedBy(error: unknown, fallback: string): string {
  const status =
    typeof error === "object" && error && "status" in error ? Number(error.status) : 500
  if (status === 401) return t("quote.errors.loginRequired")
  const message = bulkRefusal(status, error)
  return message === t("bulk.errors.failed") ? t(fallback) : message
}

/** 申请询价 of the current cart with the member's message; then the quote's page. */
export async function requestQuoteAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["message"])
  const round = (previous?.round ?? 0) + 1
  // the server's own rule (@shared/quote), refused in Chinese
  const parsed = quoteMessageSchema.safeParse(values.message.trim() || null)
  if (!parsed.success) {
    return { round, values, errors: { message: t("quote.errors.messageInvalid") } }
  }
  const cartId = await getCartId()
  if (!cartId) return { round, values, errors: {}, formError: t("quote.request.noCart") }
  let id: string
  try {
    const { quote } = await requestQuote({ cart_id: cartId, message: parsed.data ?? null })
    id = quote.id
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error, "quote.request.failed") }
  }
  redirect(`/unit/quotes/${encodeURIComponent(id)}`)
}

/** 接受报价: the server places the order at its quoted prices, or requests the unit's approval first. */
export async function acceptQuoteAction(previous: FormState, form: FormData): Promise<FormState> {
  const id = String(form.get("id") ?? "")
  const round = (previous?.round ?? 0) + 1
  let outcome: string
  try {
    const answer = await acceptQuote(id)
    outcome = answer.bulk_order_id
      ? "quote.accept.bulkPlaced"
      : answer.order_id
        ? "quote.accept.placed"
        : "quote.accept.approval"
  } catch (error) {
    return { round, values: {}, errors: {}, formError: refusedBy(error, "quote.accept.failed") }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t(outcome) }
}

/** 拒绝报价 with the member's reason (optional). */
export async function declineQuoteAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["id", "reason"])
  const round = (previous?.round ?? 0) + 1
  const parsed = storeDeclineQuoteSchema.safeParse({ reason: values.reason.trim() || null })
  if (!parsed.success) {
    return { round, values, errors: { reason: t("quote.errors.reasonInvalid") } }
  }
  try {
    await declineQuote(values.id, { reason: parsed.data.reason ?? null })
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error, "quote.decline.failed") }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("quote.decline.done") }
}
