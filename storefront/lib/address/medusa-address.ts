import type { FieldErrors } from "@/lib/checkout/schema"
import { t } from "@/lib/messages"
import {
  findCity,
  findDistrict,
  findProvince,
  type City,
  type District,
  type Province,
} from "./regions"

export type Divisions = { province: Province; city: City; district: District | null }

/**
 * The GB/T 2260 province, city and district an address form names, or an
 * error for each field that names none (a district only where the city has
 * districts).
 */
export function divisionsOf(values: Record<string, string | undefined>): {
  divisions: Divisions | null
  errors: FieldErrors
} {
  const province = findProvince(values.province)
  const city = findCity(values.province, values.city)
  const district = findDistrict(values.province, values.city, values.district)
  const errors: FieldErrors = {}
  if (values.province && !province) errors.province = t("checkout.errors.provinceRequired")
  if (values.city && !city) errors.city = t("checkout.errors.cityRequired")
  if (city && city.districts.length && !district)
    errors.district = t("checkout.errors.districtRequired")
  return { divisions: province && city ? { province, city, district } : null, errors }
}

type AddressInput = {
  recipient: string
  phone: string
  street: string
  detail: string
  postal_code?: string
}

/**
 * Medusa's address for a checked form: province and city by name, the
 * district with the street on the first line, the detail on the second, and
 * the GB/T 2260 codes in metadata (the form is filled again from them).
 */
export function medusaAddress(input: AddressInput, { province, city, district }: Divisions) {
  return {
    first_name: input.recipient,
    last_name: "",
    phone: input.phone,
    country_code: "cn",
    province: province.name,
    city: city.name,
    address_1: [district?.name, input.street].filter(Boolean).join(" "),
    address_2: input.detail,
    postal_code: input.postal_code || undefined,
    metadata: {
      province_code: province.code,
      city_code: city.code,
      district_code: district?.code ?? null,
      district: district?.name ?? null,
      street: input.street,
      detail: input.detail,
    },
  }
}
