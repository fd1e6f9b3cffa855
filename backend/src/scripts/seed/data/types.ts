import type { Certificate, PartnerKind } from "../../../shared/provenance"

/**
 * Where a fact in the demo data comes from: "public" for facts from public
 * sources (place names, well-known producers and products), "demo" for
 * invented details (contacts, prices, stock, stories written for the demo).
 */
export type Provenance = "public" | "demo"

export type SeedTown = {
  handle: string
  name: string
  name_pinyin: string
  summary: string
  description: string
  specialties: string[]
  /** Villages known from public sources. */
  villages: string[]
  rank: number
}

export type SeedPartner = {
  handle: string
  name: string
  kind: PartnerKind
  /** Handle of the partner's town. */
  town: string
  /** Name of a village of that town (must be listed in the town's villages). */
  village?: string
  address: string
  contact_name: string
  /** 11-digit mobile or a landline such as 0753-2188888 (demo values). */
  contact_phone: string
  households_involved: number
  certificates: Certificate[]
  summary: string
  story: string
  main_products: string
  source: Provenance
}

export type SeedCategory = {
  handle: string
  name: string
  description: string
  /** Handle of the parent category, if any. */
  parent?: string
}

/** How a product travels: ambient courier or cold chain. */
export type Storage = "ambient" | "cold_chain"

export type SeedVariant = {
  /** Option value and variant title, e.g. "5斤/箱". */
  title: string
  sku: string
  /** Net weight of the content in 斤 (1 斤 = 500 g). */
  net_weight_jin: number
  /** Shipping weight in grams, box included. */
  weight_g: number
  /** Price in CNY yuan, at most two decimals, e.g. 59.9. */
  price: number
  /** Units in stock at the partner's stock location. */
  stock: number
}

export type SeedProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  /** Handle of the partner that produces it. */
  partner: string
  /** Handles of its categories. */
  categories: string[]
  storage: Storage
  /** Months (1-12) in which it is harvested. */
  harvest_months: number[]
  /** Shelf life / storage advice shown to buyers. */
  shelf_life: string
  /** For pre-sale products: the promised first ship date, YYYY-MM-DD. */
  presale_ships_from?: string
  tags: string[]
  /** Name of the option the variants differ by, e.g. "规格". */
  option_title: string
  variants: SeedVariant[]
}
