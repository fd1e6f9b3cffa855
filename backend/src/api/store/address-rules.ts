import { z } from "@medusajs/framework/zod"
import { line } from "../guards/text"

/**
 * The one home of the server's rules for a buyer's address and profile, the
 * same the storefront checks with Chinese messages
 * (storefront/lib/checkout/schema.ts, storefront/lib/address/medusa-address.ts;
 * tests/unit/address-rules.test.ts keeps the two in step): one line of plain
 * text each, within these lengths; a mainland mobile number; a 6-digit postal
 * code. The storefront writes the recipient as first_name, "district street"
 * as address_1 and the detail as address_2.
 */
export const ADDRESS_LIMITS = {
  first_name: 30,
  last_name: 30,
  company: 60,
  address_1: 100,
  address_2: 120,
  city: 40,
  province: 40,
  address_name: 60,
} as const

export const PROFILE_LIMITS = {
  first_name: 30,
  last_name: 30,
  company_name: 100,
  email: 254,
} as const

/** 11 digits, 1 then 3-9 (as the storefront's MOBILE). */
export const MOBILE = /^1[3-9]\d{9}$/
export const POSTAL_CODE = /^\d{6}$/

const mobile = z
  .string()
  .trim()
  .refine(
    (v) => v === "" || MOBILE.test(v),
    "phone must be an 11-digit mainland mobile number (1, then 3-9, then 9 digits)"
  )

/** Address metadata (the storefront keeps GB/T 2260 codes, street and detail there): small and flat. */
const metadata = z
  .record(
    z.string().max(40, "metadata keys must be at most 40 characters"),
    z.union([z.string().max(200), z.number(), z.boolean(), z.null()])
  )
  .refine((m) => Object.keys(m).length <= 20, "metadata may have at most 20 keys")

const text = (name: keyof typeof ADDRESS_LIMITS) => line(name, ADDRESS_LIMITS[name]).nullish()

export const AddressRules = z
  .object({
    first_name: text("first_name"),
    last_name: text("last_name"),
    company: text("company"),
    address_1: text("address_1"),
    address_2: text("address_2"),
    city: text("city"),
    province: text("province"),
    address_name: text("address_name"),
    phone: mobile.nullish(),
    postal_code: z
      .string()
      .trim()
      .refine((v) => v === "" || POSTAL_CODE.test(v), "postal_code must be 6 digits")
      .nullish(),
    country_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "country_code must be a two-letter code")
      .nullish(),
    metadata: metadata.nullish(),
  })
  .passthrough()

export const email = z
  .string()
  .trim()
  .max(PROFILE_LIMITS.email, `email must be at most ${PROFILE_LIMITS.email} characters`)

export const ProfileRules = z
  .object({
    first_name: line("first_name", PROFILE_LIMITS.first_name).nullish(),
    last_name: line("last_name", PROFILE_LIMITS.last_name).nullish(),
    company_name: line("company_name", PROFILE_LIMITS.company_name).nullish(),
    phone: mobile.nullish(),
    email: email.nullish(),
  })
  .passthrough()
