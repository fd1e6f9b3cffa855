/**
 * Farm accounts over HTTP: /admin/farm (who the user works for), a farm's
 * products and stock, harvest batches and pre-sale, its stock audit, and the
 * partner staff routes /admin/partners/:id/staff. Its order lines, shipments,
 * ledger entries and statement: farm-sales.ts. The support team names the farm with
 * `?partner_id=` on every /admin/farm route; a farm account's own partner wins.
 */
import type { DateTimeString, DayString, ListResponse } from "./common"
import type { PartnerKind } from "./provenance"

export const FARM_STOCK_REASONS = ["sale", "manual", "batch", "return", "presale"] as const
export type FarmStockReason = (typeof FARM_STOCK_REASONS)[number]

/** The support team's choice of farm, on every /admin/farm route. */
export type FarmPartnerParams = { partner_id?: string }

/* ---------- who the user works for ---------- */

export type FarmPartner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  town: { id: string; name: string } | null
  stock_location: { id: string; name: string } | null
}

/** A partner the support team may pick. */
export type FarmPartnerChoice = {
  id: string
  handle: string
  name: string
  town: { name: string } | null
}

/** GET /admin/farm: a farm account's partner, or the support team's list to pick one from. */
export type AdminFarmResponse = {
  is_support: boolean
  partner: FarmPartner | null
  partners: FarmPartnerChoice[]
}

/* ---------- products and stock ---------- */

export type FarmVariant = {
  id: string
  title: string
  sku: string | null
  inventory_item_id: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock_threshold: number | null
  is_low: boolean
}

export type FarmProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  /** "ambient" or "cold_chain" (product metadata) */
  storage: string | null
  /** the day pre-sale orders ship (预售), or null */
  presale_ships_from: string | null
  shipping_profile_id: string | null
  variants: FarmVariant[]
}

/** GET /admin/farm/products: the farm's products with each variant's stock at its location. */
export type AdminFarmProductListResponse = {
  products: FarmProduct[]
  count: number
  location_id: string | null
}

/** GET /admin/farm/products/:id and POST /admin/farm/products/:id/presale */
export type AdminFarmProductResponse = { product: FarmProduct }

/** One applied change of a variant's stocked quantity. */
export type FarmStockChange = {
  variant_id: string
  product_id: string | null
  inventory_item_id: string
  location_id: string
  before: number
  after: number
  delta: number
}

/** POST /admin/farm/inventory: the changes made and the products they touched, re-read. */
export type AdminFarmInventoryResponse = { changes: FarmStockChange[]; products: FarmProduct[] }

/** POST /admin/farm/variants/:id */
export type AdminFarmVariantResponse = { variant: FarmVariant | undefined }

/** Body of POST /admin/farm/inventory: each change either sets or adjusts (negative: removes). */
export type AdminFarmInventoryBody = {
  changes: { variant_id: string; set?: number; adjust?: number }[]
  note?: string
}

/** Body of POST /admin/farm/variants/:id (null: no low-stock alert). */
export type AdminFarmVariantBody = { low_stock_threshold: number | null }

/** Body of POST /admin/farm/products/:id/presale: `ships_from: null` ends the pre-sale. */
export type AdminFarmPresaleBody = {
  ships_from: DayString | null
  /** units that may be sold before the harvest, per variant (sets the stock) */
  capacity?: { variant_id: string; quantity: number }[]
}

/* ---------- harvest batches ---------- */

/** A harvest batch (采收批次) as recorded. */
export type FarmBatch = {
  id: string
  partner_id: string
  product_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  batch_code: string
  /** China-time day of the harvest */
  harvested_on: DayString
  quantity: number
  note: string | null
  created_by: string | null
  created_at: DateTimeString
  updated_at: DateTimeString
  deleted_at: DateTimeString | null
}

/** A stock audit entry as recorded. */
export type FarmStockAudit = {
  id: string
  partner_id: string
  product_id: string | null
  variant_id: string
  inventory_item_id: string
  location_id: string
  reason: FarmStockReason
  before: number
  after: number
  delta: number
  /** "user" with the user id, or "system" for Medusa's own flows */
  actor_type: string
  actor_id: string | null
  /** what caused it: a batch, an order's fulfillment, a return */
  reference_id: string | null
  note: string | null
  created_at: DateTimeString
  updated_at: DateTimeString
  deleted_at: DateTimeString | null
}

/** GET /admin/farm/batches, newest first. */
export type AdminFarmBatchListResponse = ListResponse<"batches", FarmBatch>
/** POST /admin/farm/batches (201) */
export type AdminFarmBatchCreateResponse = { batch: FarmBatch }
/** GET /admin/farm/batches/:id: the batch with its stock audit entries. */
export type AdminFarmBatchResponse = { batch: FarmBatch; audit: FarmStockAudit[] }

/** Query of GET /admin/farm/batches. */
export type AdminFarmBatchListParams = FarmPartnerParams & { limit?: number; offset?: number }

/** Body of POST /admin/farm/batches. */
export type AdminFarmBatchBody = {
  variant_id: string
  /** letters, digits, dot, dash and underscore */
  batch_code: string
  harvested_on: DayString
  quantity: number
  note?: string
}

/* ---------- stock audit ---------- */

/** A stock change with the product, variant and user it names. */
export type FarmAuditEntry = {
  id: string
  partner_id: string
  product_id: string | null
  variant_id: string
  product_title: string | null
  variant_title: string | null
  reason: FarmStockReason
  before: number
  after: number
  delta: number
  actor_type: string
  actor_id: string | null
  actor_email: string | null
  reference_id: string | null
  note: string | null
  created_at: DateTimeString
}

/** GET /admin/farm/audit, newest first. */
export type AdminFarmAuditListResponse = ListResponse<"audit", FarmAuditEntry>

/** Query of GET /admin/farm/audit. */
export type AdminFarmAuditListParams = FarmPartnerParams & {
  variant_id?: string
  reason?: FarmStockReason
  limit?: number
  offset?: number
}

/* ---------- partner staff (support team) ---------- */

export type FarmStaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  created_at: DateTimeString
}

export type FarmStaffInvite = {
  id: string
  email: string
  expires_at: DateTimeString
  created_at: DateTimeString
  /** opened in the admin: /app/invite?token=… */
  accept_url: string
}

/** GET /admin/partners/:id/staff: the partner's farm accounts and invitations not accepted yet. */
export type AdminFarmStaffResponse = { users: FarmStaffUser[]; invites: FarmStaffInvite[] }

/** POST /admin/partners/:id/staff (201): the invitation, with its token. */
export type AdminFarmStaffInviteResponse = { invite: FarmStaffInvite & { token: string } }

/** Body of POST /admin/partners/:id/staff. */
export type AdminFarmStaffBody = { email: string }
