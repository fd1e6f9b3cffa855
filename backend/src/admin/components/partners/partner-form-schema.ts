/** The partner form: its raw values, their rules (shared/provenance.ts), and the request body they make. */
import { z } from "zod"
import { CONTACT_PHONE_PATTERN, DATE_PATTERN, HANDLE_PATTERN } from "../../../shared/provenance"
import type { AdminPartner, AdminPartnerBody, Certificate, PartnerKind } from "../../../types/http"
import type { TranslateFn } from "../../i18n/use-t"
import { isBlankOrNonNegativeInt, parseNonNegativeInt, textOrNull } from "../../lib/forms"
import { requiredText } from "../towns/town-form-schema"

/** One certificate as typed: every part is text, blank when not given. */
export type CertificateValues = Required<Certificate>

/** Raw input values of the partner form. */
export type PartnerFormValues = {
  handle: string
  name: string
  kind: PartnerKind | ""
  town_id: string
  village_id: string
  address: string
  contact_name: string
  contact_phone: string
  households_involved: string
  summary: string
  story: string
  main_products: string
  is_active: boolean
  certificates: CertificateValues[]
}

export const emptyCertificate = (): CertificateValues => ({
  name: "",
  number: "",
  issuer: "",
  valid_until: "",
})

export const emptyPartnerForm = (): PartnerFormValues => ({
  handle: "",
  name: "",
  kind: "",
  town_id: "",
  village_id: "",
  address: "",
  contact_name: "",
  contact_phone: "",
  households_involved: "",
  summary: "",
  story: "",
  main_products: "",
  is_active: true,
  certificates: [],
})

export const partnerToForm = (partner: AdminPartner): PartnerFormValues => ({
  handle: partner.handle,
  name: partner.name,
  kind: partner.kind,
  town_id: partner.town?.id ?? "",
  village_id: partner.village?.id ?? "",
  address: partner.address ?? "",
  contact_name: partner.contact_name ?? "",
  contact_phone: partner.contact_phone ?? "",
  households_involved: String(partner.households_involved ?? 0),
  summary: partner.summary ?? "",
  story: partner.story ?? "",
  main_products: partner.main_products ?? "",
  is_active: partner.is_active,
  certificates: (partner.certificates ?? []).map((certificate) => ({
    ...emptyCertificate(),
    ...certificate,
  })),
})

/** Blank, or text that matches `pattern` once trimmed. */
const blankOr = (pattern: RegExp) => (value: string) => !value.trim() || pattern.test(value.trim())

/** The form's rules in Chinese. */
export const partnerFormSchema = (t: TranslateFn) =>
  z.object({
    handle: requiredText(t, "partner.fields.handle").refine(
      blankOr(HANDLE_PATTERN),
      t("validation.handle")
    ),
    name: requiredText(t, "partner.fields.name"),
    kind: z
      .custom<PartnerKind | "">((value) => typeof value === "string")
      .refine((value) => !!value, t("validation.required", { field: t("partner.fields.kind") })),
    town_id: requiredText(t, "partner.fields.town"),
    village_id: z.string(),
    address: z.string(),
    contact_name: z.string(),
    contact_phone: z.string().refine(blankOr(CONTACT_PHONE_PATTERN), t("validation.phone")),
    households_involved: z.string().refine(isBlankOrNonNegativeInt, t("validation.nonNegativeInt")),
    summary: z.string(),
    story: z.string(),
    main_products: z.string(),
    is_active: z.boolean(),
    certificates: z.array(
      z.object({
        name: z.string().refine((value) => !!value.trim(), t("validation.certificateName")),
        number: z.string(),
        issuer: z.string(),
        valid_until: z.string().refine(blankOr(DATE_PATTERN), t("validation.date")),
      })
    ),
  }) satisfies z.ZodType<PartnerFormValues>

/** Certificates without empty optional parts (the API rejects empty strings). */
const toCertificates = (rows: CertificateValues[]): Certificate[] =>
  rows.map((row) => {
    const certificate: Certificate = { name: row.name.trim() }
    if (row.number.trim()) certificate.number = row.number.trim()
    if (row.issuer.trim()) certificate.issuer = row.issuer.trim()
    if (row.valid_until.trim()) certificate.valid_until = row.valid_until.trim()
    return certificate
  })

const OPTIONAL_TEXT = [
  "address",
  "contact_name",
  "contact_phone",
  "summary",
  "story",
  "main_products",
] as const

const requiredBody = (values: PartnerFormValues) => ({
  handle: values.handle.trim(),
  name: values.name.trim(),
  kind: values.kind as PartnerKind,
  town_id: values.town_id,
  is_active: values.is_active,
})

/** Request body of POST /admin/partners: blank optional fields are left out. */
export const partnerFormToCreateBody = (values: PartnerFormValues): AdminPartnerBody => {
  const body: AdminPartnerBody = requiredBody(values)
  for (const key of OPTIONAL_TEXT) {
    const text = textOrNull(values[key])
    if (text !== null) body[key] = text
  }
  const households = parseNonNegativeInt(values.households_involved)
  const certificates = toCertificates(values.certificates)
  if (values.village_id) body.village_id = values.village_id
  if (households !== null) body.households_involved = households
  if (certificates.length) body.certificates = certificates
  return body
}

/**
 * Request body of POST /admin/partners/:id: blank text clears a field.
 * `is_active` is left to the detail page's switch, so a save never undoes a
 * toggle made meanwhile.
 */
export const partnerFormToUpdateBody = (values: PartnerFormValues): Partial<AdminPartnerBody> => {
  const { is_active: _isActive, ...body }: Partial<AdminPartnerBody> = requiredBody(values)
  for (const key of OPTIONAL_TEXT) body[key] = textOrNull(values[key])
  const certificates = toCertificates(values.certificates)
  body.village_id = values.village_id || null
  body.households_involved = parseNonNegativeInt(values.households_involved) ?? 0
  body.certificates = certificates.length ? certificates : null
  return body
}
