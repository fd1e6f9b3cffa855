/**
 * Fields of towns and partners as the store and the admin API return them,
 * and the one home of which of them are public.
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

export const STORE_TOWN_FIELDS = [
  "id",
  "handle",
  "name",
  "name_pinyin",
  "district",
  "summary",
  "specialties",
  "rank",
  "villages.id",
  "villages.name",
]

export const STORE_TOWN_DETAIL_FIELDS = [
  ...STORE_TOWN_FIELDS,
  "description",
  "partners.id",
  "partners.handle",
  "partners.name",
  "partners.kind",
  "partners.summary",
  "partners.households_involved",
  "partners.is_active",
  "partners.village.id",
  "partners.village.name",
]

/** A partner's public profile (`/store/partners/:handle`): no address, contact person or phone. */
export const STORE_PARTNER_FIELDS = [
  ...PUBLIC_PARTNER_FIELDS,
  "town.id",
  "town.handle",
  "town.name",
  "village.id",
  "village.name",
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
]

export const ADMIN_TOWN_FIELDS = [
  "id",
  "handle",
  "name",
  "name_pinyin",
  "district",
  "summary",
  "description",
  "specialties",
  "rank",
  "metadata",
  "created_at",
  "updated_at",
  "villages.id",
  "villages.name",
]

export const ADMIN_PARTNER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "address",
  "contact_name",
  "contact_phone",
  "households_involved",
  "certificates",
  "summary",
  "story",
  "main_products",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
  "town.id",
  "town.handle",
  "town.name",
  "village.id",
  "village.name",
  "stock_location.id",
  "stock_location.name",
]
