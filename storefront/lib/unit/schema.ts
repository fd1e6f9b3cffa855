import { z } from "zod"
import {
  UNIT_INVOICE_TYPES,
  UNIT_KINDS,
  UNIT_MEMBER_ROLES,
  type Unit,
  type UnitCreateRequest,
  type UnitUpdateRequest,
} from "@http/unit"
import {
  creditCodeSchema,
  missingSpecialInvoiceFields,
  unitContactSchema,
  unitInvoiceSchema,
  unitMemberAddSchema,
  unitUpdateSchema,
} from "@shared/unit"
import { normalizeUscc, usccProblem } from "@shared/uscc"
import { t } from "@/lib/messages"

/**
 * The /unit forms: each field is checked by the server's own rule
 * (backend/src/shared/unit.ts, the same zod schemas the store routes
 * validate with) and refused with a Chinese message, so what the form lets
 * through the server takes.
 */

const e = (key: string) => t(`unit.errors.${key}`)

/**
 * A text field checked by `rule` (its output is the rule's, e.g. a credit
 * code upper-cased); an empty one is refused with `required`, or is null
 * when the field is optional.
 */
function ruled<T extends z.ZodType>(
  rule: T,
  refused: string | ((value: string) => string),
  required?: string
) {
  return z
    .string()
    .trim()
    .transform((value, ctx): z.output<T> | null => {
      if (value === "") {
        if (!required) return null
        ctx.addIssue({ code: "custom", message: required })
        return z.NEVER
      }
      const parsed = rule.safeParse(value)
      if (parsed.success) return parsed.data
      ctx.addIssue({
        code: "custom",
        message: typeof refused === "string" ? refused : refused(value),
      })
      return z.NEVER
    })
}

const shape = unitUpdateSchema.shape
const invoice = unitInvoiceSchema.shape

/** Which rule of a unit's name was broken, in Chinese. */
const nameProblem = (value: string) =>
  e(value.length < 2 ? "nameTooShort" : value.length > 80 ? "nameTooLong" : "invalidCharacters")

/** The credit code's failed GB 32100 check (length, characters, check digit), in Chinese. */
export const creditCodeMessage = (value: string) =>
  e(`uscc.${usccProblem(normalizeUscc(value)) ?? "checksum"}`)

/** 人数: empty, or a whole number within the server's bounds. */
const headcount = z
  .string()
  .trim()
  .transform((value, ctx): number | null => {
    if (value === "") return null
    const parsed = shape.headcount.safeParse(/^\d{1,9}$/.test(value) ? Number(value) : NaN)
    if (parsed.success && parsed.data != null) return parsed.data
    ctx.addIssue({ code: "custom", message: e("headcountInvalid") })
    return z.NEVER
  })

/** The identity of a unit: what its 管理员 may change only while it is pending. */
const identityFields = {
  name: ruled(shape.name, nameProblem, e("nameRequired")),
  kind: z.enum(UNIT_KINDS, { error: e("kindRequired") }),
  credit_code: ruled(creditCodeSchema, creditCodeMessage, e("creditCodeRequired")),
}

const detailFields = {
  headcount,
  invoice_type: z.enum(UNIT_INVOICE_TYPES, { error: e("invoiceTypeRequired") }),
  invoice_title: ruled(invoice.title, e("invoiceTitleInvalid")),
  invoice_tax_id: ruled(invoice.tax_id, e("taxIdInvalid")),
  registered_address: ruled(invoice.registered_address, e("registeredAddressInvalid")),
  registered_phone: ruled(invoice.registered_phone, e("registeredPhoneInvalid")),
  bank_name: ruled(invoice.bank_name, e("bankNameInvalid")),
  bank_account: ruled(invoice.bank_account, e("bankAccountInvalid")),
  contact_name: ruled(
    unitContactSchema.shape.name,
    e("contactNameInvalid"),
    e("contactNameRequired")
  ),
  contact_mobile: ruled(
    unitContactSchema.shape.mobile,
    e("contactMobileInvalid"),
    e("contactMobileInvalid")
  ),
}

/** The form's names of the fields a 专票 needs. */
const SPECIAL_FIELDS = ["registered_address", "registered_phone", "bank_name", "bank_account"]

/** A 专票 needs its four fields: each missing one is refused beside it. */
function specialInvoiceComplete(
  value: z.output<z.ZodObject<typeof detailFields>>,
  ctx: z.RefinementCtx
) {
  const missing = missingSpecialInvoiceFields({ ...value, type: value.invoice_type })
  for (const field of missing.filter((f) => SPECIAL_FIELDS.includes(f))) {
    ctx.addIssue({ code: "custom", path: [field], message: e("specialRequired") })
  }
}

/** The application form (and a pending unit's details). */
export const unitFormSchema = z
  .object({ ...identityFields, ...detailFields })
  .superRefine(specialInvoiceComplete)

/** A verified or disabled unit's details: no name, kind or credit code (the support team's). */
export const unitDetailsFormSchema = z.object(detailFields).superRefine(specialInvoiceComplete)

/** Every field name of the unit form, in the order the form shows them. */
export const UNIT_FORM_FIELDS = [
  ...Object.keys(identityFields),
  ...Object.keys(detailFields),
] as string[]

type DetailValues = z.output<typeof unitDetailsFormSchema>

/**
 * The request body of a form's values: the invoice (抬头 and 税号 left out
 * when empty, so the server's defaults apply) and the contact, put first
 * before the unit's other contacts (which the form does not show).
 */
export function unitRequestOf(
  values: DetailValues & Partial<z.output<typeof unitFormSchema>>,
  otherContacts: UnitCreateRequest["contacts"] = []
): UnitUpdateRequest {
  return {
    ...(values.name ? { name: values.name } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.credit_code ? { credit_code: values.credit_code } : {}),
    headcount: values.headcount,
    invoice: {
      type: values.invoice_type,
      ...(values.invoice_title ? { title: values.invoice_title } : {}),
      ...(values.invoice_tax_id ? { tax_id: values.invoice_tax_id } : {}),
      registered_address: values.registered_address,
      registered_phone: values.registered_phone,
      bank_name: values.bank_name,
      bank_account: values.bank_account,
    },
    contacts: [
      { name: values.contact_name ?? "", mobile: values.contact_mobile ?? "" },
      ...otherContacts,
    ],
  }
}

/** Adding a member: an e-mail (the shared rule) and a role. */
export const memberAddFormSchema = z.object({
  email: ruled(unitMemberAddSchema.shape.email, e("emailInvalid"), e("emailInvalid")),
  role: z.enum(UNIT_MEMBER_ROLES, { error: e("roleInvalid") }),
})

/** A member's new role. */
export const memberRoleSchema = z.enum(UNIT_MEMBER_ROLES, { error: e("roleInvalid") })

/** The form's first values for a unit's details (its first contact). */
export function unitFormValues(unit: Unit): Record<string, string> {
  const [contact] = unit.contacts
  return {
    name: unit.name,
    kind: unit.kind,
    credit_code: unit.credit_code,
    headcount: unit.headcount == null ? "" : String(unit.headcount),
    invoice_type: unit.invoice.type,
    invoice_title: unit.invoice.title,
    invoice_tax_id: unit.invoice.tax_id,
    registered_address: unit.invoice.registered_address ?? "",
    registered_phone: unit.invoice.registered_phone ?? "",
    bank_name: unit.invoice.bank_name ?? "",
    bank_account: unit.invoice.bank_account ?? "",
    contact_name: contact?.name ?? "",
    contact_mobile: contact?.mobile ?? "",
  }
}
