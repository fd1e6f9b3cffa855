/** The unit form: raw values, their rules in Chinese (shared/uscc.ts, shared/contact.ts, shared/unit.ts) and the bodies they make. */
import { z } from "zod"
import { EMAIL, MOBILE } from "../../../shared/contact"
import { missingSpecialInvoiceFields } from "../../../shared/unit"
import { normalizeUscc, usccProblem } from "../../../shared/uscc"
import {
  UNIT_KINDS,
  type AdminUnit,
  type UnitContact,
  type UnitCreateRequest,
  type UnitInvoiceInput,
} from "../../../types/http/unit"
import type { TranslateFn } from "../../i18n/use-t"
import { textOrNull } from "../../lib/forms"
import { requiredText } from "../towns/town-form-schema"

export type UnitFormValues = {
  name: string
  kind: string
  credit_code: string
  headcount: string
  invoice_type: string
  invoice_title: string
  tax_id: string
  registered_address: string
  registered_phone: string
  bank_name: string
  bank_account: string
  contact_name: string
  contact_mobile: string
  contact_title: string
  contact_email: string
}

export const emptyUnitForm = (): UnitFormValues => ({
  name: "",
  kind: "",
  credit_code: "",
  headcount: "",
  invoice_type: "normal",
  invoice_title: "",
  tax_id: "",
  registered_address: "",
  registered_phone: "",
  bank_name: "",
  bank_account: "",
  contact_name: "",
  contact_mobile: "",
  contact_title: "",
  contact_email: "",
})

/** The form of a stored unit; a 抬头 or 税号 equal to the defaults shows blank (they follow the unit). */
export const unitToForm = (unit: AdminUnit): UnitFormValues => {
  const contact = unit.contacts[0]
  const invoice = unit.invoice
  return {
    name: unit.name,
    kind: unit.kind,
    credit_code: unit.credit_code,
    headcount: unit.headcount ? String(unit.headcount) : "",
    invoice_type: invoice.type,
    invoice_title: invoice.title === unit.name ? "" : invoice.title,
    tax_id: invoice.tax_id === unit.credit_code ? "" : invoice.tax_id,
    registered_address: invoice.registered_address ?? "",
    registered_phone: invoice.registered_phone ?? "",
    bank_name: invoice.bank_name ?? "",
    bank_account: invoice.bank_account ?? "",
    contact_name: contact?.name ?? "",
    contact_mobile: contact?.mobile ?? "",
    contact_title: contact?.title ?? "",
    contact_email: contact?.email ?? "",
  }
}

const compact = (value: string) => value.replace(/[\s-]/g, "")

/** The form's rules in Chinese: the credit code says which GB 32100 check failed. */
export const unitFormSchema = (t: TranslateFn) =>
  z
    .object({
      name: requiredText(t, "unit.fields.name"),
      kind: z.string().refine((v) => (UNIT_KINDS as readonly string[]).includes(v), {
        message: t("validation.required", { field: t("unit.fields.kind") }),
      }),
      credit_code: z.string().superRefine((value, ctx) => {
        if (!value.trim()) {
          ctx.addIssue({
            code: "custom",
            message: t("validation.required", { field: t("unit.fields.creditCode") }),
          })
          return
        }
        const problem = usccProblem(value)
        if (problem) ctx.addIssue({ code: "custom", message: t(`unit.errors.uscc_${problem}`) })
      }),
      headcount: z
        .string()
        .refine((v) => !v.trim() || /^[1-9]\d{0,7}$/.test(v.trim()), t("unit.errors.headcount")),
      invoice_type: z.string(),
      invoice_title: z.string(),
      tax_id: z.string(),
      registered_address: z.string(),
      registered_phone: z.string(),
      bank_name: z.string(),
      bank_account: z.string(),
      contact_name: z.string(),
      contact_mobile: z
        .string()
        .refine((v) => !v.trim() || MOBILE.test(compact(v)), t("unit.errors.mobile")),
      contact_title: z.string(),
      contact_email: z
        .string()
        .refine((v) => !v.trim() || EMAIL.test(v.trim()), t("unit.errors.email")),
    })
    .superRefine((values, ctx) => {
      for (const field of missingSpecialInvoiceFields(invoiceOf(values))) {
        ctx.addIssue({ code: "custom", path: [field], message: t("unit.errors.special") })
      }
      if (values.contact_mobile.trim() && !values.contact_name.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["contact_name"],
          message: t("unit.errors.contactName"),
        })
      }
    })

/** The invoice details typed (blank 抬头 and 税号 are left to their defaults). */
const invoiceOf = (values: UnitFormValues): UnitInvoiceInput => {
  const title = values.invoice_title.trim()
  const taxId = values.tax_id.trim()
  return {
    type: values.invoice_type === "special" ? "special" : "normal",
    ...(title ? { title } : {}),
    ...(taxId ? { tax_id: normalizeUscc(taxId) } : {}),
    registered_address: textOrNull(values.registered_address),
    registered_phone: textOrNull(values.registered_phone),
    bank_name: textOrNull(values.bank_name),
    bank_account: textOrNull(compact(values.bank_account)),
  }
}

const contactOf = (values: UnitFormValues): UnitContact | null =>
  values.contact_name.trim() && values.contact_mobile.trim()
    ? {
        name: values.contact_name.trim(),
        mobile: compact(values.contact_mobile),
        title: textOrNull(values.contact_title),
        email: textOrNull(values.contact_email),
      }
    : null

/** Request body of POST /admin/units. */
export const unitFormToCreateBody = (values: UnitFormValues): UnitCreateRequest => {
  const contact = contactOf(values)
  return {
    name: values.name.trim(),
    kind: values.kind as UnitCreateRequest["kind"],
    credit_code: normalizeUscc(values.credit_code),
    invoice: invoiceOf(values),
    ...(contact ? { contacts: [contact] } : {}),
    headcount: values.headcount.trim() ? Number(values.headcount.trim()) : null,
  }
}

/** Request body of POST /admin/units/:id: the first contact is the form's, the others are kept. */
export const unitFormToUpdateBody = (values: UnitFormValues, unit: AdminUnit) => {
  const contact = contactOf(values)
  const others = unit.contacts.slice(1)
  return {
    ...unitFormToCreateBody(values),
    contacts: contact ? [contact, ...others] : others,
  }
}
