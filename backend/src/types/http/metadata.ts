/**
 * What the shop keeps in the metadata of Medusa's products, variants and
 * customers, read and written through Medusa's own routes (/store/products,
 * /store/customers/me): the produce facts the admin and the seed write, and
 * the 发票 titles the storefront keeps for a customer. Medusa's route shapes
 * themselves come from @medusajs/types (HttpTypes).
 */

/** How a product is stored and shipped: 常温 (ambient) or 冷链 (cold chain); one shipping profile each. */
export const PRODUCT_STORAGES = ["ambient", "cold_chain"] as const
export type ProductStorage = (typeof PRODUCT_STORAGES)[number]

/** The shop's fields of a product's metadata. */
export type ProductMetadata = {
  storage?: ProductStorage
  /** the months (1-12) of the harvest */
  harvest_months?: number[]
  /** 保质期, as the farm writes it */
  shelf_life?: string
  /** YYYY-MM-DD: pre-sale (预售) orders ship from this day */
  presale_ships_from?: string
}

/** The shop's fields of a variant's metadata. */
export type VariantMetadata = {
  /** net weight in 斤 */
  net_weight_jin?: number | string
  unit?: string
}

/** A 发票 title a customer keeps (customer metadata `invoice_titles`, via POST /store/customers/me). */
export type StoreInvoiceTitle = {
  id: string
  title: string
  /** 统一社会信用代码 (shared/uscc.ts) */
  tax_id: string
}
