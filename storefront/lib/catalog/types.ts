/**
 * Shapes of the store API's answers the storefront reads (products with
 * partner and town, the public aid figures). No imports: pure code in
 * lib/catalog and the tests use them too.
 */

export type Certificate = { name: string; number?: string; issuer?: string; valid_until?: string }

export type ProductPartner = {
  id: string
  handle: string
  name: string
  kind: string
  summary: string | null
  households_involved: number | null
  certificates: Certificate[] | null
  town: { id: string; handle: string; name: string } | null
  village: { id: string; name: string } | null
}

export type StoreVariant = {
  id: string
  title: string
  sku: string | null
  variant_rank: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_quantity?: number | null
  metadata: { net_weight_jin?: number | string; unit?: string } | null
  calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
}

export type StoreProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  created_at: string
  /** Photos uploaded in the admin (Medusa's product images); none for most demo products. */
  thumbnail?: string | null
  images?: { id: string; url: string; rank?: number | null }[] | null
  metadata: {
    storage?: "ambient" | "cold_chain"
    harvest_months?: number[]
    shelf_life?: string
    presale_ships_from?: string
  } | null
  categories:
    { id: string; name: string; handle: string; parent_category_id: string | null }[] | null
  variants: StoreVariant[] | null
  partner: ProductPartner | null
}

export type AidImpact = {
  currency_code: string
  total: string
  orders: number
  towns: { id: string; handle: string; name: string; amount: string }[]
  partners: number
  households: number
}
