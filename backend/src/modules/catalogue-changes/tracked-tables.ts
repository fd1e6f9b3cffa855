/**
 * The tables the catalogue-changes module's triggers are put on
 * (repositories/catalogue-change.ts), and what each notes of its rows for the
 * storefront's pages (repositories/catalogue-change-pending.ts).
 */

/**
 * The stock tables: every order's reservation writes them. They renew a group
 * of stripes of their own, so that a read of none of them (the region, the
 * shipping set-up) can be kept by the version of the other tables
 * (CatalogueState.versionExceptStock) across orders.
 */
export const STOCK_TABLES = ["inventory_item", "inventory_level", "reservation_item"]

/** The shipping set-up the checkout reads (tracked for its cached reads; no page shows it). */
const SHIPPING_TABLES = [
  "fulfillment_set",
  "fulfillment_provider",
  "service_zone",
  "geo_zone",
  "shipping_option",
  "shipping_option_rule",
  "shipping_option_type",
  "shipping_profile",
  "shipping_option_price_set",
  "location_fulfillment_set",
  "location_fulfillment_provider",
]

/**
 * The tables the store's product answers are read from: the product module's
 * and its links (`product%`), the pricing module's (`price%`), stock, sales
 * channels and their locations, the API keys (a revoked publishable key's
 * answers go: catalog-cache/front-answers.ts replays them before Medusa checks
 * the key), regions and taxes, translations, customer
 * group membership (a buyer's prices), and the shop's partners and towns
 * with their links; and the tables of the checkout's reads Medusa caches
 * (modules/caching-versioned keeps them by this version): the store, the
 * stock locations' addresses and fulfillment sets, the shipping options with
 * their zones, rules, types, profiles and prices, and the promotions
 * (`promotion%`, `application_method%`). An order's own tables (cart, order,
 * fulfillment, payment) are not here. A table missing here (e.g. before
 * migrations) is skipped.
 */
export const TABLES = [
  ...STOCK_TABLES,
  "image",
  "stock_location",
  "stock_location_address",
  "sales_channel",
  "sales_channel_stock_location",
  "publishable_api_key_sales_channel",
  "api_key",
  "region",
  "region_country",
  "tax_region",
  "tax_rate",
  "tax_rate_rule",
  "translation",
  "customer_group",
  "customer_group_customer",
  "village",
  "store",
  "store_currency",
  "store_locale",
  ...SHIPPING_TABLES,
]
export const TABLE_PATTERNS = [
  "product%",
  "price%",
  "%partner%",
  "%town%",
  "promotion%",
  "application_method%",
]

/** Where the triggers note what each change touched (models/catalogue-change-pending.ts). */
export const PENDING_TABLE = "catalogue_change_pending"

/**
 * Tracked tables whose rows no storefront page shows (shipping, promotions,
 * a buyer's groups, API keys): their writes renew the version (the checkout's
 * cached reads) and note nothing for the pages.
 */
const NOT_ON_PAGES = [
  "api_key",
  "publishable_api_key_sales_channel",
  "customer_group",
  "customer_group_customer",
  "stock_location_address",
  ...SHIPPING_TABLES,
]
const NOT_ON_PAGES_PREFIXES = ["promotion", "application_method"]

/** What a pending change names: the product data its key points at. */
export type PendingKind = "product" | "variant" | "price" | "price_set" | "inventory_item"

/**
 * What a table's trigger notes of each row: a kind and the column of its key
 * (a product, a variant, a price, a price set, an inventory item: each leads
 * to the products it shows on), `all` for a table whose rows name no product
 * (a price list, a category, a town or partner, a region: every page), or
 * `none` for one no page shows.
 */
export function triggerKey(
  table: string,
  columns: string[]
): [PendingKind, string] | "all" | "none" {
  if (NOT_ON_PAGES.includes(table) || NOT_ON_PAGES_PREFIXES.some((p) => table.startsWith(p)))
    return "none"
  if (table === "product") return ["product", "id"]
  if (columns.includes("product_id")) return ["product", "product_id"]
  if (columns.includes("variant_id")) return ["variant", "variant_id"]
  if (table === "inventory_item") return ["inventory_item", "id"]
  if (columns.includes("inventory_item_id")) return ["inventory_item", "inventory_item_id"]
  if (table === "price_set") return ["price_set", "id"]
  if (columns.includes("price_set_id")) return ["price_set", "price_set_id"]
  if (columns.includes("price_id")) return ["price", "price_id"]
  return "all"
}
