/**
 * Towns (镇), villages and partners (合作主体) over HTTP: the admin's
 * /admin/towns, /admin/partners, /admin/products/:id/partner and
 * /admin/provenance/products, the store's /store/towns and /store/partners,
 * and the `partner` a store product carries (`/store/products?fields=*partner`).
 */
import type { z } from "zod"
import type { Certificate, partnerCreateSchema, townCreateSchema } from "../../shared/provenance"
import type { DateTimeString, ListResponse, Metadata } from "./common"

/** A certificate a partner holds (绿色食品, 有机产品 …): name, and number, issuer, valid_until (YYYY-MM-DD) if known. */
export type { Certificate }

/** The kinds of partner: a farm, a cooperative, an enterprise or a household farm (家庭农场). */
export const PARTNER_KINDS = ["farm", "cooperative", "enterprise", "household_farm"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

export type Village = { id: string; name: string }

export type TownRef = { id: string; handle: string; name: string }

/* ---------- admin ---------- */

/** A town as the admin reads it. */
export type AdminTown = TownRef & {
  name_pinyin: string
  district: string
  summary: string | null
  description: string | null
  specialties: string[] | null
  rank: number
  metadata: Metadata | null
  created_at: DateTimeString
  updated_at: DateTimeString
  villages: Village[]
}

/** A partner's own fields, as listed under its town (GET /admin/towns/:id). */
export type AdminTownPartner = {
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
  metadata: Metadata | null
  created_at: DateTimeString
  updated_at: DateTimeString
}

/** A partner as the admin reads it: every field, with its town, village and stock location. */
export type AdminPartner = AdminTownPartner & {
  town: TownRef | null
  village: Village | null
  stock_location: { id: string; name: string } | null
}

export type AdminPartnerProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
}

/** GET /admin/towns */
export type AdminTownListResponse = ListResponse<"towns", AdminTown & { partner_count: number }>
/** POST /admin/towns (201) */
export type AdminTownCreateResponse = { town: AdminTown }
/** GET and POST /admin/towns/:id */
export type AdminTownResponse = { town: AdminTown & { partners: AdminTownPartner[] } }

/** GET /admin/partners */
export type AdminPartnerListResponse = ListResponse<
  "partners",
  AdminPartner & { product_count: number }
>
/** POST /admin/partners (201) */
export type AdminPartnerCreateResponse = { partner: AdminPartner }
/** GET and POST /admin/partners/:id */
export type AdminPartnerResponse = { partner: AdminPartner & { products: AdminPartnerProduct[] } }

/** GET and POST /admin/products/:id/partner: partner is null while the product has none. */
export type AdminProductPartnerResponse = {
  product_id: string
  partner: {
    id: string
    handle: string
    name: string
    kind: PartnerKind
    town: TownRef | null
  } | null
}

export type AdminProductProvenanceRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  partner: { id: string; name: string; town: { id: string; name: string } | null } | null
}

/** GET /admin/provenance/products */
export type AdminProductProvenanceListResponse = ListResponse<
  "products",
  AdminProductProvenanceRow
> & {
  /** products without a partner, whatever the page */
  unassigned_count: number
}

/** Query of GET /admin/towns. */
export type AdminTownListParams = { q?: string; limit?: number; offset?: number }

/** Query of GET /admin/partners ("true"/"false" for is_active). */
export type AdminPartnerListParams = AdminTownListParams & {
  town_id?: string
  kind?: PartnerKind
  is_active?: "true" | "false"
}

/** Query of GET /admin/provenance/products ("true": only products without a partner). */
export type AdminProductProvenanceListParams = AdminTownListParams & {
  unassigned?: "true" | "false"
}

/** Body of POST /admin/products/:id/partner. */
export type AdminSetProductPartnerBody = { partner_id: string }

/**
 * Body of POST /admin/towns (every field optional on POST /admin/towns/:id),
 * as shared/provenance.ts checks it; `villages` are village names, new ones are added.
 */
export type AdminTownBody = z.input<typeof townCreateSchema>

/** Body of POST /admin/partners (every field optional on POST /admin/partners/:id), as shared/provenance.ts checks it. */
export type AdminPartnerBody = z.input<typeof partnerCreateSchema>

/* ---------- store ---------- */

/** A town in the store's list (GET /store/towns). */
export type StoreTown = TownRef & {
  name_pinyin: string
  district: string
  summary: string | null
  specialties: string[] | null
  rank: number
  villages: Village[]
  /** active partners */
  partner_count: number
}

/** An active partner as its town's page lists it. */
export type StoreTownPartner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  summary: string | null
  households_involved: number
  village: Village | null
}

/** GET /store/towns */
export type StoreTownListResponse = { towns: StoreTown[]; count: number }

/** A town's page: the town with its active partners by name. */
export type StoreTownDetail = Omit<StoreTown, "partner_count"> & {
  description: string | null
  partners: StoreTownPartner[]
}

/** GET /store/towns/:handle */
export type StoreTownResponse = { town: StoreTownDetail }

/** A product on a partner's public profile (published, in the request's sales channels). */
export type StorePartnerProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

/** An active partner's public profile (no address, contact or phone). */
export type StorePartnerDetail = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  summary: string | null
  story: string | null
  main_products: string | null
  households_involved: number
  certificates: Certificate[] | null
  town: TownRef | null
  village: Village | null
  products: StorePartnerProduct[]
}

/** GET /store/partners/:handle */
export type StorePartnerResponse = { partner: StorePartnerDetail }

/** The `partner` of a store product asked with `fields=*partner,*partner.town,*partner.village`. */
export type StoreProductPartner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  summary: string | null
  households_involved: number
  certificates: Certificate[] | null
  town: (TownRef & { name_pinyin: string }) | null
  village: Village | null
}
