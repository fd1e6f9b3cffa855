/**
 * The checkout and address forms' schemas: the server's rules (one home,
 * backend/src/shared: the mobile and postal-code patterns, the address
 * limits, the characters refused in text) with Chinese messages.
 * tests/unit/address-rules.test.ts keeps the two sides in step.
 */
import { z } from "zod"
import { ADDRESS_FORM_LIMITS, POSTAL_CODE } from "@shared/address"
import { contactKind, MOBILE } from "@shared/contact"
import { isPlainLine } from "@shared/text"
import { t } from "@/lib/messages"

/** The patterns the forms check (the server's own, re-exported for the rules' agreement test). */
export { FORBIDDEN_CHARACTER } from "@shared/text"
export { MOBILE }

/** A one-line text field without the characters the server refuses. */
export const plainLine = (schema: z.ZodString) =>
  schema.refine(isPlainLine, t("checkout.errors.invalidCharacters"))

/** A Chinese delivery address (checkout and saved addresses), every message in Chinese. */
const addressFields = {
  recipient: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.recipientRequired"))
      .max(ADDRESS_FORM_LIMITS.recipient, t("checkout.errors.recipientTooLong"))
  ),
  phone: z
    .string()
    .trim()
    .min(1, t("checkout.errors.phoneRequired"))
    .regex(MOBILE, t("checkout.errors.phoneInvalid")),
  province: z.string().trim().min(1, t("checkout.errors.provinceRequired")),
  city: z.string().trim().min(1, t("checkout.errors.cityRequired")),
  district: z.string().trim(),
  street: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.streetRequired"))
      .max(ADDRESS_FORM_LIMITS.street, t("checkout.errors.streetTooLong"))
  ),
  detail: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.detailRequired"))
      .max(ADDRESS_FORM_LIMITS.detail, t("checkout.errors.detailTooLong"))
  ),
}

export const addressSchema = z.object(addressFields)

/** The fields of the checkout form, every message in Chinese. */
export const checkoutSchema = z.object({
  contact: z
    .string()
    .trim()
    .min(1, t("checkout.errors.contactRequired"))
    .refine((v) => contactKind(v) !== null, t("checkout.errors.contactInvalid")),
  ...addressFields,
  postal_code: z
    .string()
    .trim()
    .refine((v) => v === "" || POSTAL_CODE.test(v), t("checkout.errors.postalInvalid")),
  payment: z.string().trim().min(1, t("checkout.errors.paymentRequired")),
})

export type CheckoutInput = z.infer<typeof checkoutSchema>

export type FieldErrors = Partial<Record<string, string>>

/** The first message per field, keyed by field name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form")
    if (!errors[key]) errors[key] = issue.message
  }
  return errors
}
