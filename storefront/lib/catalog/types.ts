/**
 * The products the storefront reads: Medusa's /store/products with the
 * fields it asks for (lib/data/products.ts), the shop's metadata and the
 * `partner` the shop links to each product. The shop's own routes' shapes
 * come from backend/src/types/http (`@http/*`); no runtime imports, so pure
 * code in lib/catalog and the tests use them too.
 */
import type { HttpTypes } from "@medusajs/types"
import type { ProductMetadata, VariantMetadata } from "@http/metadata"
import type { StoreProductPartner } from "@http/provenance"

/** A product category with the fields the storefront asks for (the catalogue's filter). */
export type StoreCategory = Pick<
  HttpTypes.StoreProductCategory,
  "id" | "name" | "handle" | "parent_category_id"
>

export type StoreVariant = {
  id: string
  title: string
  sku: string | null
  variant_rank: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_quantity?: number | null
  metadata: VariantMetadata | null
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
  metadata: ProductMetadata | null
  categories: StoreCategory[] | null
  variants: StoreVariant[] | null
  partner: StoreProductPartner | null
}
