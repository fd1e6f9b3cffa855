"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { isPlainLine } from "@shared/text"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { fieldErrors } from "@/lib/checkout/schema"
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

const MESSAGE_MAX = 500
const REASON_MAX = 200

/** An optional line of plain text of at most `max` characters ("" → null). */
const optionalLine = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, t(tooLong, { max }))
    .refine(isPlainLine, t("quote.errors.notPlain"))
    .transform((value) => value || null)

const requestSchema = z.object({
  message: optionalLine(MESSAGE_MAX, "quote.errors.messageTooLong"),
})
const declineSchema = z.object({ reason: optionalLine(REASON_MAX, "quote.errors.reasonTooLong") })

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
  const parsed = requestSchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  const cartId = await getCartId()
  if (!cartId) return { round, values, errors: {}, formError: t("quote.request.noCart") }
  let id: string
  try {
    const { quote } = await requestQuote({ cart_id: cartId, message: parsed.data.message })
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
  let placed: boolean
  try {
    const answer = await acceptQuote(id)
    placed = !!answer.order_id
  } catch (error) {
    return { round, values: {}, errors: {}, formError: refusedBy(error, "quote.accept.failed") }
  }
  refresh()
  return {
    round,
    values: {},
    errors: {},
    message: t(placed ? "quote.accept.placed" : "quote.accept.approval"),
  }
}

/** 拒绝报价 with the member's reason (optional). */
export async function declineQuoteAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["id", "reason"])
  const round = (previous?.round ?? 0) + 1
  const parsed = declineSchema.safeParse({ reason: values.reason })
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await declineQuote(values.id, { reason: parsed.data.reason })
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error, "quote.decline.failed") }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("quote.decline.done") }
}
