/**
 * The one home of which fields of partners, towns and villages are public:
 * what the store API may return of them, also through Medusa's field
 * expansion (field-scope.ts) and on store products (store/products). The
 * routes' own field lists are in their resources' query-config.ts.
 */

/**
 * A partner's public fields: what the storefront, the store API and its field
 * expansions (`/store/products?fields=*partner`) may return. Everything else
 * of a partner is private: its address (often a family's home), contact
 * person and phone, metadata, staff users and stock location.
 */
export const PUBLIC_PARTNER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "summary",
  "story",
  "main_products",
  "households_involved",
  "certificates",
  "is_active",
]

/** Relations of a partner the store may follow: its town, village and products (each with its own rules). */
export const PUBLIC_PARTNER_RELATIONS = ["town", "village", "products"]

/** The partner fields a product carries in the store (`*partner` on /store/products): a short public profile. */
export const PRODUCT_PARTNER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "summary",
  "households_involved",
  "certificates",
]
export const PRODUCT_PARTNER_TOWN_FIELDS = ["id", "handle", "name", "name_pinyin"]
export const PRODUCT_PARTNER_VILLAGE_FIELDS = ["id", "name"]
