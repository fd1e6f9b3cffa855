/**
 * The field rules of towns and partners (the provenance module), one home for
 * the API's validation and the admin's forms: patterns, kinds and the zod
 * schemas of what is created and updated, with English messages that name the
 * field.
 */
import { z } from "zod"
import { DATE_PATTERN } from "./china-time"
import { PARTNER_KINDS } from "../types/http/provenance"

/** The kinds of partner (declared with the HTTP types, which name them in every answer). */
export { PARTNER_KINDS, type PartnerKind } from "../types/http/provenance"

/** URL-safe handle: lowercase latin letters and digits joined by single dashes. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Mainland mobile number (11 digits) or a landline such as 0753-2188888. */
export const CONTACT_PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/** A calendar date, YYYY-MM-DD (shared/china-time.ts). */
export { DATE_PATTERN }

export const handleSchema = z
  .string()
  .regex(HANDLE_PATTERN, "handle must be lowercase letters and digits joined by dashes")
  .max(80)

export const contactPhoneSchema = z
  .string()
  .regex(
    CONTACT_PHONE_PATTERN,
    "contact_phone must be an 11-digit mobile number or a landline such as 0753-2188888"
  )

export const certificateSchema = z.object({
  name: z.string().trim().min(1, "certificate name is required"),
  number: z.string().trim().min(1).optional(),
  issuer: z.string().trim().min(1).optional(),
  valid_until: z.string().regex(DATE_PATTERN, "valid_until must be a date YYYY-MM-DD").optional(),
})
export type Certificate = z.infer<typeof certificateSchema>

const nonEmpty = (field: string) => z.string().trim().min(1, `${field} is required`)

export const townCreateSchema = z.object({
  handle: handleSchema,
  name: nonEmpty("name").max(40),
  name_pinyin: nonEmpty("name_pinyin").max(80),
  district: z.string().trim().min(1).max(40).optional(),
  summary: z.string().max(500).nullish(),
  description: z.string().max(10000).nullish(),
  specialties: z.array(z.string().trim().min(1)).max(50).nullish(),
  rank: z.number().int().min(0).optional(),
  villages: z.array(nonEmpty("village name").max(40)).max(200).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type TownCreateInput = z.infer<typeof townCreateSchema>

export const townUpdateSchema = townCreateSchema.partial()
export type TownUpdateInput = z.infer<typeof townUpdateSchema>

const partnerFields = {
  handle: handleSchema,
  name: nonEmpty("name").max(80),
  kind: z.enum(PARTNER_KINDS, {
    error: `kind must be one of ${PARTNER_KINDS.join(", ")}`,
  }),
  town_id: nonEmpty("town_id"),
  village_id: z.string().trim().min(1).nullish(),
  address: z.string().max(200).nullish(),
  contact_name: z.string().max(40).nullish(),
  contact_phone: contactPhoneSchema.nullish(),
  households_involved: z
    .number()
    .int("households_involved must be a whole number")
    .min(0, "households_involved cannot be negative")
    .optional(),
  certificates: z.array(certificateSchema).max(50).nullish(),
  summary: z.string().max(500).nullish(),
  story: z.string().max(20000).nullish(),
  main_products: z.string().max(500).nullish(),
  is_active: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const partnerCreateSchema = z.object(partnerFields)
export type PartnerCreateInput = z.infer<typeof partnerCreateSchema>

export const partnerUpdateSchema = z.object(partnerFields).partial()
export type PartnerUpdateInput = z.infer<typeof partnerUpdateSchema>
