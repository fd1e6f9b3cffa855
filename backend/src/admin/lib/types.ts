/** Shapes returned by the shop's provenance admin API (src/api/admin). */

export const PARTNER_KINDS = ["farm", "cooperative", "enterprise", "household_farm"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

export type Village = {
  id: string
  name: string
}

export type TownRef = {
  id: string
  handle: string
  name: string
}

/** A partner as listed inside GET /admin/towns/:id. */
export type TownPartner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  households_involved: number
  is_active: boolean
}

export type Town = TownRef & {
  name_pinyin: string
  district: string | null
  summary: string | null
  description: string | null
  specialties: string[] | null
  rank: number
  villages: Village[]
  updated_at?: string
  /** List endpoint only. */
  partner_count?: number
  /** Detail endpoint only. */
  partners?: TownPartner[]
}

export type Certificate = {
  name: string
  number?: string
  issuer?: string
  /** YYYY-MM-DD */
  valid_until?: string
}

export type PartnerProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
}

export type Partner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  address: string | null
  contact_name: string | null
  contact_phone: string | null
  households_involved: number
  certificates: Certificate[] | null
  summary: string | null
  story: string | null
  main_products: string | null
  is_active: boolean
  town: TownRef | null
  village: Village | null
  stock_location: { id: string; name: string } | null
  updated_at?: string
  /** List endpoint only. */
  product_count?: number
  /** Detail endpoint only. */
  products?: PartnerProduct[]
}

export type ListResponse<K extends string, T> = { [key in K]: T[] } & {
  count: number
  limit: number
  offset: number
}

export type TownListResponse = ListResponse<"towns", Town>
export type PartnerListResponse = ListResponse<"partners", Partner>

export type ProductPartnerResponse = {
  product_id: string
  partner: {
    id: string
    handle: string
    name: string
    kind: PartnerKind
    town: TownRef | null
  } | null
}

/** Body of POST /admin/towns and (all optional) POST /admin/towns/:id. */
export type TownBody = {
  handle?: string
  name?: string
  name_pinyin?: string
  district?: string
  summary?: string | null
  description?: string | null
  specialties?: string[] | null
  rank?: number
  villages?: string[]
}

/** Body of POST /admin/partners and (all optional) POST /admin/partners/:id. */
export type PartnerBody = {
  handle?: string
  name?: string
  kind?: PartnerKind
  town_id?: string
  village_id?: string | null
  address?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  households_involved?: number
  certificates?: Certificate[] | null
  summary?: string | null
  story?: string | null
  main_products?: string | null
  is_active?: boolean
}

export type ProductProvenanceRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  partner: { id: string; name: string; town: { id: string; name: string } | null } | null
}

export type ProductProvenanceResponse = ListResponse<"products", ProductProvenanceRow> & {
  unassigned_count: number
}
