/**
 * The one home of the rules for a buyer's address and profile: the server
 * checks them with English messages (these schemas), the storefront's forms
 * with Chinese ones from the same limits and patterns
 * (tests/unit/address-rules.test.ts keeps the two in step): one line of plain
 * text each, within these lengths; a mainland mobile number; a 6-digit postal
 * code. The storefront writes the recipient as first_name, "district street"
 * as address_1 and the detail as address_2.
 */
import { z } from "zod"
import { EMAIL_MAX_LENGTH, MOBILE } from "./contact"
import { line } from "./text"

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

/**
 * The storefront's address form: the recipient and the detail fill first_name
 * and address_2; the street leaves room in address_1 for the district's name
 * before it.
 */
export const ADDRESS_FORM_LIMITS = {
  recipient: ADDRESS_LIMITS.first_name,
  street: 60,
  detail: ADDRESS_LIMITS.address_2,
} as const

export const PROFILE_LIMITS = {
  first_name: 30,
  last_name: 30,
  company_name: 100,
  email: EMAIL_MAX_LENGTH,
} as const

export { MOBILE }
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

/** A stored address as the shop's workflows read it (Medusa's address fields that name a parcel's recipient). */
export type StoredAddress = {
  first_name: string | null
  last_name: string | null
  phone: string | null
  province: string | null
  city: string | null
  address_1: string | null
  address_2: string | null
}

/** An address on one line: province, city, street and detail, space-separated. */
export function addressLine(a: StoredAddress | null | undefined): string {
  return [a?.province, a?.city, a?.address_1, a?.address_2].filter(Boolean).join(" ")
}

/** The recipient of a stored address: the name (family name first), the phone and the address line. */
export function recipientOf(a: StoredAddress | null | undefined): {
  name: string
  phone: string | null
  address: string
} {
  return {
    name: [a?.last_name, a?.first_name].filter(Boolean).join(""),
    phone: a?.phone ?? null,
    address: addressLine(a),
  }
}
