/**
 * The field rules of unit purchasers (单位客户), one home for the API's
 * validators, the admin's forms and the storefront's /unit area: the credit
 * code (GB 32100, see uscc.ts) with a message that says which check failed,
 * invoice details (a 专票 needs the registered address and phone, the bank
 * and the account), contacts and headcount.
 */
import { z } from "zod"
import {
  UNIT_INVOICE_TYPES,
  UNIT_KINDS,
  UNIT_MEMBER_ROLES,
  type UnitInvoice,
  type UnitInvoiceInput,
} from "../types/http/unit"
import { EMAIL, EMAIL_MAX_LENGTH, MOBILE } from "./contact"
import { CONTACT_PHONE_PATTERN } from "./provenance"
import { line } from "./text"
import { normalizeUscc, usccProblem, type UsccProblem } from "./uscc"

/** 税号: the credit code, or an older 15- or 20-character tax number. */
const TAX_ID = /^[0-9A-Z]{15}$|^[0-9A-Z]{18}$|^[0-9A-Z]{20}$/

/** A bank account number: 8 to 32 digits (spaces and dashes as people write them are removed). */
const BANK_ACCOUNT = /^\d{8,32}$/

/** The machine code and the message of each failed credit-code check. */
export const USCC_ERRORS: Record<UsccProblem, { code: string; message: string }> = {
  length: {
    code: "uscc_length",
    message: "统一社会信用代码应为 18 位 (credit_code must be 18 characters long)",
  },
  characters: {
    code: "uscc_characters",
    message:
      "统一社会信用代码只能包含数字和除 I、O、S、V、Z 以外的大写字母 (credit_code has characters outside GB 32100's alphabet)",
  },
  checksum: {
    code: "uscc_checksum",
    message: "统一社会信用代码校验位不正确 (credit_code fails the GB 32100 check digit)",
  },
}

/** The failed check of a credit code (after normalizing), or null when it is valid or not text. */
export function creditCodeError(value: unknown): { code: string; message: string } | null {
  if (typeof value !== "string") return null
  const problem = usccProblem(value)
  return problem ? USCC_ERRORS[problem] : null
}

/** A 统一社会信用代码: upper-cased without spaces, then checked (length, characters, check digit). */
export const creditCodeSchema = z
  .string({ error: "credit_code must be text" })
  .max(40, USCC_ERRORS.length.message)
  .transform(normalizeUscc)
  .superRefine((code, ctx) => {
    const error = creditCodeError(code)
    if (error) ctx.addIssue({ code: "custom", message: error.message })
  })

const optionalLine = (name: string, max: number) => line(name, max).nullish()

const mobileSchema = z
  .string({ error: "mobile must be text" })
  .max(20, "mobile must be an 11-digit mainland mobile number")
  .transform((v) => v.replace(/[\s-]/g, ""))
  .refine((v) => MOBILE.test(v), "mobile must be an 11-digit mainland mobile number")

export const unitContactSchema = z.object({
  name: line("contact name", 40).pipe(z.string().min(1, "contact name is required")),
  mobile: mobileSchema,
  title: optionalLine("contact title", 40),
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX_LENGTH)
    .refine((v) => EMAIL.test(v), "contact email must be an e-mail address")
    .nullish(),
})

export const unitInvoiceSchema = z.object({
  type: z.enum(UNIT_INVOICE_TYPES, { error: "invoice type must be normal or special" }).optional(),
  title: line("invoice title", 100)
    .pipe(z.string().min(2, "invoice title is too short"))
    .optional(),
  tax_id: z
    .string()
    .max(40)
    .transform(normalizeUscc)
    .refine((v) => TAX_ID.test(v), "invoice tax_id must be 15, 18 or 20 digits and capital letters")
    .optional(),
  registered_address: optionalLine("invoice registered_address", 200),
  registered_phone: z
    .string()
    .trim()
    .max(20)
    .refine(
      (v) => CONTACT_PHONE_PATTERN.test(v),
      "invoice registered_phone must be a mobile or a landline"
    )
    .nullish(),
  bank_name: optionalLine("invoice bank_name", 100),
  bank_account: z
    .string()
    .max(40)
    .transform((v) => v.replace(/[\s-]/g, ""))
    .refine((v) => BANK_ACCOUNT.test(v), "invoice bank_account must be 8 to 32 digits")
    .nullish(),
})

/** The fields a 专票 needs that an invoice lacks (empty when none or for a 普票). */
export function missingSpecialInvoiceFields(invoice: UnitInvoiceInput): string[] {
  if (invoice.type !== "special") return []
  const required = ["registered_address", "registered_phone", "bank_name", "bank_account"] as const
  return required.filter((field) => !invoice[field])
}

/** A unit's invoice details with the defaults filled in: 普票, the unit's name as 抬头, its credit code as 税号. */
export function completeInvoice(
  invoice: UnitInvoiceInput | null | undefined,
  unit: { name: string; credit_code: string }
): UnitInvoice {
  return {
    type: invoice?.type ?? "normal",
    title: invoice?.title ?? unit.name,
    tax_id: invoice?.tax_id ?? unit.credit_code,
    registered_address: invoice?.registered_address ?? null,
    registered_phone: invoice?.registered_phone ?? null,
    bank_name: invoice?.bank_name ?? null,
    bank_account: invoice?.bank_account ?? null,
  }
}

export const SPECIAL_INVOICE_MESSAGE =
  "专票需要注册地址、注册电话、开户银行和银行账号 (a special invoice needs registered_address, registered_phone, bank_name and bank_account)"

const unitFields = {
  name: line("name", 80).pipe(z.string().min(2, "name must be at least 2 characters")),
  kind: z.enum(UNIT_KINDS, { error: `kind must be one of ${UNIT_KINDS.join(", ")}` }),
  credit_code: creditCodeSchema,
  invoice: unitInvoiceSchema.optional(),
  contacts: z.array(unitContactSchema).max(10, "at most 10 contacts").optional(),
  headcount: z
    .number({ error: "headcount must be a number" })
    .int("headcount must be a whole number")
    .min(1, "headcount must be at least 1")
    .max(10_000_000, "headcount is too large")
    .nullish(),
}

const specialInvoiceComplete = (value: { invoice?: UnitInvoiceInput }) =>
  !value.invoice || missingSpecialInvoiceFields(value.invoice).length === 0

export const unitCreateSchema = z
  .object(unitFields)
  .strict()
  .refine(specialInvoiceComplete, { message: SPECIAL_INVOICE_MESSAGE, path: ["invoice"] })
export type UnitCreateInput = z.infer<typeof unitCreateSchema>

/** An update: any of the fields; a 专票's completeness is checked against the unit's stored details. */
export const unitUpdateSchema = z.object(unitFields).partial().strict()
export type UnitUpdateInput = z.infer<typeof unitUpdateSchema>

export const unitMemberRoleSchema = z.enum(UNIT_MEMBER_ROLES, {
  error: `role must be one of ${UNIT_MEMBER_ROLES.join(", ")}`,
})

export const unitMemberAddSchema = z
  .object({
    email: z
      .string({ error: "email must be text" })
      .trim()
      .max(EMAIL_MAX_LENGTH)
      .toLowerCase()
      .refine((v) => EMAIL.test(v), "email must be an e-mail address"),
    role: unitMemberRoleSchema,
  })
  .strict()
export type UnitMemberAddInput = z.infer<typeof unitMemberAddSchema>

export const unitMemberUpdateSchema = z.object({ role: unitMemberRoleSchema }).strict()
export type UnitMemberUpdateInput = z.infer<typeof unitMemberUpdateSchema>
