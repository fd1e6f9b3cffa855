/**
 * Unit prices (单位价) over HTTP: /admin/unit-prices (the support team sets a
 * variant's tiers) and /store/units/me/prices (a member of a verified unit
 * reads them). Amounts are decimal yuan strings, "42.50", as Medusa stores
 * them; quantities are whole boxes.
 */
import type { ListResponse, PageParams } from "./common"

/** The customer group every member of a verified unit belongs to. */
export const VERIFIED_UNITS_GROUP_NAME = "已认证单位"

/** The price list of the unit prices, ruled on that group. */
export const UNIT_PRICE_LIST_TITLE = "单位价（已认证单位）"

/** The most tiers a variant may have. */
export const MAX_UNIT_PRICE_TIERS = 5

/** One tier: from `min_quantity` boxes up to `max_quantity` (null: no upper bound), `amount` yuan a box. */
export type UnitPriceTier = {
  min_quantity: number
  max_quantity: number | null
  amount: string
}

/** A tier as the support team enters it: where it starts and its price (the end follows from the next tier). */
export type UnitPriceTierInput = { min_quantity: number; amount: string }

/** POST /admin/unit-prices/:variant_id; `tiers: []` removes the variant's unit prices. */
export type UnitPriceSetRequest = {
  tiers: UnitPriceTierInput[]
  /** A tier above the retail price is refused unless confirmed. */
  confirm_above_retail?: boolean
}

/** A variant with its retail price (CNY, null when it has none) and its unit tiers. */
export type AdminUnitPriceVariant = {
  id: string
  title: string | null
  sku: string | null
  retail_price: string | null
  tiers: UnitPriceTier[]
}

export type AdminUnitPriceProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants: AdminUnitPriceVariant[]
}

/** GET /admin/unit-prices: `q` searches the products' titles. */
export type AdminUnitPriceListParams = PageParams & { q?: string }

export type AdminUnitPriceListResponse = ListResponse<"products", AdminUnitPriceProduct>

export type AdminUnitPriceVariantResponse = {
  variant: AdminUnitPriceVariant & { product: { id: string; title: string } }
}

/**
 * A variant's tiers as a member of a verified unit reads them: the unit tiers
 * every verified unit gets, and its own unit's negotiated tiers (协议价) while
 * they apply; the member pays the lower of the two for a quantity.
 */
export type StoreUnitPrice = {
  product_id: string
  variant_id: string
  tiers: UnitPriceTier[]
  /** always sent by the server ([] when none applies) */
  negotiated_tiers?: UnitPriceTier[]
}

/** GET /store/units/me/prices: empty unless the member's unit is verified. */
export type StoreUnitPricesResponse = { unit_prices: StoreUnitPrice[] }

/** The price list title of a unit's negotiated prices: "协议价 · 单位名". */
export const negotiatedPriceListTitle = (unitName: string) => `协议价 · ${unitName}`

/**
 * A unit's negotiated price list: active while the unit is verified (draft
 * while it is disabled), valid over whole China-time days (null: open).
 */
export type NegotiatedPriceList = {
  id: string
  status: "active" | "draft"
  valid_from: string | null
  valid_until: string | null
}

/** A variant with a negotiated price: its retail price, the unit tiers and the unit's own tiers. */
export type AdminNegotiatedPriceVariant = AdminUnitPriceVariant & {
  product: { id: string; title: string }
  negotiated_tiers: UnitPriceTier[]
}

/** GET /admin/units/:id/prices (and the answer of every change to them). */
export type AdminUnitNegotiatedPricesResponse = {
  unit_id: string
  price_list: NegotiatedPriceList | null
  variants: AdminNegotiatedPriceVariant[]
}

/** POST /admin/units/:id/prices: the period, whole China-time days "YYYY-MM-DD" (null: open). */
export type NegotiatedPeriodRequest = { valid_from: string | null; valid_until: string | null }
