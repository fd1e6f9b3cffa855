/**
 * The 报价 form: each line's price, shipping, valid until (China time),
 * delivery window and terms, checked by the server's rules (shared/quote.ts)
 * with Chinese messages.
 */
import { z } from "zod"
import { chinaDateTime, DATE_PATTERN } from "../../../shared/china-time"
import { fenToYuan, parseFen } from "../../../shared/money"
import { quoteAmount, quoteTotals } from "../../../shared/quote"
import type { AdminQuote, AdminUpdateQuoteInput } from "../../../types/http/quote"
import type { TranslateFn } from "../../i18n/use-t"

export type QuoteFormValues = {
  lines: { id: string; quoted_price: string }[]
  shipping: string
  /** "YYYY-MM-DDTHH:mm" in China time (a datetime-local input) */
  valid_until: string
  delivery_from: string
  delivery_to: string
  terms: string
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** A China-time datetime-local value as an instant. */
export const chinaLocalToIso = (value: string): string | null =>
  LOCAL.test(value.trim()) ? new Date(`${value.trim()}:00+08:00`).toISOString() : null

/** An instant as a China-time datetime-local value. */
export const isoToChinaLocal = (value: string | null): string =>
  value ? chinaDateTime(value).slice(0, 16).replace(" ", "T") : ""

export const quoteFormValues = (quote: AdminQuote): QuoteFormValues => ({
  lines: quote.lines.map((l) => ({ id: l.id, quoted_price: l.quoted_price ?? "" })),
  shipping: quote.shipping ?? "",
  valid_until: isoToChinaLocal(quote.valid_until),
  delivery_from: quote.delivery_from ?? "",
  delivery_to: quote.delivery_to ?? "",
  terms: quote.terms ?? "",
})

const isAmount = (positive: boolean) => (value: string) =>
  quoteAmount("", positive).safeParse(value).success

export const quoteFormSchema = (t: TranslateFn, now: () => Date = () => new Date()) =>
  z
    .object({
      lines: z.array(
        z.object({
          id: z.string(),
          quoted_price: z.string().refine(isAmount(true), t("quote.form.priceInvalid")),
        })
      ),
      shipping: z
        .string()
        .refine((v) => !v.trim() || isAmount(false)(v), t("quote.form.shippingInvalid")),
      valid_until: z.string().refine((v) => {
        const iso = chinaLocalToIso(v)
        return iso !== null && new Date(iso).getTime() > now().getTime()
      }, t("quote.form.validUntilInvalid")),
      delivery_from: z.string().refine((v) => !v || DATE_PATTERN.test(v)),
      delivery_to: z.string().refine((v) => !v || DATE_PATTERN.test(v)),
      terms: z.string().max(1000),
    })
    .refine((v) => !v.delivery_from || !v.delivery_to || v.delivery_from <= v.delivery_to, {
      message: t("quote.form.deliveryOrder"),
      path: ["delivery_to"],
    }) satisfies z.ZodType<QuoteFormValues>

const orNull = (value: string) => (value.trim() ? value.trim() : null)

export const quoteFormToBody = (values: QuoteFormValues): AdminUpdateQuoteInput => ({
  lines: values.lines.map((l) => ({ id: l.id, quoted_price: l.quoted_price.trim() })),
  shipping: orNull(values.shipping),
  valid_until: chinaLocalToIso(values.valid_until),
  delivery_from: orNull(values.delivery_from),
  delivery_to: orNull(values.delivery_to),
  terms: orNull(values.terms),
})

/** The totals the form shows as the prices are typed (lines without a valid price at the list price). */
export const formTotals = (quote: AdminQuote, values: QuoteFormValues) => {
  const lines = quote.lines.map((l, i) => {
    const typed = values.lines[i]?.quoted_price ?? ""
    return {
      quantity: l.quantity,
      list_price: l.list_price,
      quoted_price: parseFen(typed) !== null && isAmount(true)(typed) ? typed : null,
    }
  })
  const shipping = isAmount(false)(values.shipping) ? values.shipping : (quote.shipping ?? "0")
  const totals = quoteTotals(lines, shipping)
  return {
    lines: totals.lines.map(fenToYuan),
    subtotal: fenToYuan(totals.subtotal),
    total: fenToYuan(totals.total),
  }
}
