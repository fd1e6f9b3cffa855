import { CHECKOUT_INVOICE_METADATA_KEY, checkoutInvoiceSchema } from "@shared/invoice"
import type { CheckoutInvoiceInput } from "@http/invoice"
import type { UnitInvoice } from "@http/unit"
import { fieldErrors, type FieldErrors } from "./schema"

/**
 * 开具发票 at checkout: the form's fields (prefixed `invoice_`, so they never
 * clash with the address's), their first values and their check with the
 * shared 发票 rules (the same schema the cart's invoice route checks).
 */
export const INVOICE_FIELDS = [
  "kind",
  "title",
  "tax_id",
  "registered_address",
  "registered_phone",
  "bank_name",
  "bank_account",
  "email",
] as const

/** The fields only a 专票 needs (hidden while 普票 is chosen). */
const SPECIAL_ONLY: readonly string[] = [
  "registered_address",
  "registered_phone",
  "bank_name",
  "bank_account",
]

/** The form's name of an invoice field. */
export const invoiceField = (name: (typeof INVOICE_FIELDS)[number]) => `invoice_${name}`

/** `invoice_kind`: "" (no 发票), "normal" (普票) or "special" (专票). */
export const INVOICE_CHOICE = invoiceField("kind")

type SavedTitle = { title?: string | null; tax_id?: string | null }

/**
 * The invoice fields' first values: what the cart carries already, else the
 * unit's invoice details (a unit member) or the first saved 抬头, and the
 * e-mail the order's messages go to. The kind stays "" (no 发票) unless the
 * cart carries one.
 */
export function checkoutInvoiceValues(input: {
  cartMetadata: Record<string, unknown> | null | undefined
  unit: UnitInvoice | null
  saved: SavedTitle | null
  email: string
}): Record<string, string> {
  const carried = checkoutInvoiceSchema.safeParse(
    input.cartMetadata?.[CHECKOUT_INVOICE_METADATA_KEY]
  )
  const source: Partial<Record<(typeof INVOICE_FIELDS)[number], string | null | undefined>> =
    carried.success
      ? carried.data
      : input.unit
        ? { ...input.unit, kind: "" }
        : { title: input.saved?.title, tax_id: input.saved?.tax_id, kind: "" }
  const values: Record<string, string> = {}
  for (const name of INVOICE_FIELDS) values[invoiceField(name)] = source[name] ?? ""
  if (!values[invoiceField("email")]) values[invoiceField("email")] = input.email
  return values
}

/**
 * The 发票 the form asks for: null when the buyer chose none, else the
 * checked request or each field's Chinese error (keyed by the form's names).
 */
export function checkoutInvoiceOf(values: Record<string, string>): {
  invoice: CheckoutInvoiceInput | null
  errors: FieldErrors
} {
  const kind = values[INVOICE_CHOICE] ?? ""
  if (!kind) return { invoice: null, errors: {} }
  const body: Record<string, string | null> = {}
  for (const name of INVOICE_FIELDS) {
    const value = values[invoiceField(name)] ?? ""
    // a 普票 carries no 专票 details, even those prefilled or typed before switching (hidden)
    const kept = kind !== "normal" || !SPECIAL_ONLY.includes(name)
    body[name] = kept && (value.trim() || name === "kind" || name === "title") ? value : null
  }
  const parsed = checkoutInvoiceSchema.safeParse({
    ...body,
    tax_id: values[invoiceField("tax_id")] ?? "",
    email: values[invoiceField("email")] ?? "",
  })
  if (parsed.success) return { invoice: parsed.data, errors: {} }
  const errors: FieldErrors = {}
  for (const [name, message] of Object.entries(fieldErrors(parsed.error))) {
    errors[INVOICE_FIELDS.includes(name as never) ? `invoice_${name}` : INVOICE_CHOICE] = message
  }
  return { invoice: null, errors }
}
