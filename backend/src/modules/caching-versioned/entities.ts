/** Which of Medusa's cached answers caching-versioned keeps, and by which version. */

/**
 * The entities (as Medusa's cache tags name them, `Entity:id` or
 * `Entity:list:*`) whose tables the catalogue's version covers
 * (modules/catalogue-changes/repositories: TABLES): an answer is kept by
 * version only if it names at least one entity and every entity it names is
 * here. The checkout's cached reads (regions, the sales channel's stock
 * locations and fulfillment sets, shipping options with their prices, the
 * variants with their stock, price sets, promotions by code) all qualify; a
 * customer, a cart or an order never does.
 */
export const VERSIONED_ENTITIES = new Set([
  "ApiKey",
  "Region",
  "Country",
  "Store",
  "StoreCurrency",
  "StoreLocale",
  "SalesChannel",
  "StockLocation",
  "StockLocationAddress",
  "FulfillmentSet",
  "FulfillmentProvider",
  "ServiceZone",
  "GeoZone",
  "ShippingOption",
  "ShippingOptionRule",
  "ShippingOptionType",
  "ShippingProfile",
  "Product",
  "ProductVariant",
  "ProductOption",
  "ProductOptionValue",
  "ProductImage",
  "ProductCategory",
  "ProductCollection",
  "ProductTag",
  "ProductType",
  "InventoryItem",
  "InventoryLevel",
  "ReservationItem",
  "PriceSet",
  "Price",
  "PriceRule",
  "PriceList",
  "PriceListRule",
  "PricePreference",
  "Promotion",
  "PromotionRule",
  "PromotionRuleValue",
  "ApplicationMethod",
  "Campaign",
  "CampaignBudget",
  "Translation",
  "LinkPublishableApiKeySalesChannel",
  "LinkSalesChannelStockLocation",
  "LinkLocationFulfillmentSet",
  "LinkLocationFulfillmentProvider",
  "LinkShippingOptionPriceSet",
  "LinkProductShippingProfile",
  "LinkProductSalesChannel",
  "LinkProductVariantInventoryItem",
  "LinkProductVariantPriceSet",
])

/**
 * The entities of the stock tables (their own group of the version: every
 * order's reservation writes them). An answer naming none of them is kept by
 * the version of every other table (CatalogueState.versionExceptStock), so
 * the region, the sales channel's locations and the shipping options stay
 * kept across orders. A read of stock names them when it finds any (Medusa
 * tags its variant reads `ReservationItem:list:*` too); one that finds none
 * reached the stock tables only through tables of the other group (a
 * variant's link to its inventory item, a stock location).
 */
export const STOCK_ENTITIES = new Set(["InventoryItem", "InventoryLevel", "ReservationItem"])

const entityOf = (tag: string) => tag.slice(0, tag.indexOf(":"))

/** Whether an answer with these tags reads only tables the catalogue's version covers. */
export function isVersioned(tags: string[] | undefined): boolean {
  return !!tags?.length && tags.every((tag) => VERSIONED_ENTITIES.has(entityOf(tag)))
}

/** Which version a versioned answer with these tags is kept by. */
export function groupOf(tags: string[]): Group {
  return tags.some((tag) => STOCK_ENTITIES.has(entityOf(tag))) ? "all" : "exceptStock"
}

/** The versions an answer may be kept by: of every tracked table, or of all but the stock's. */
export type Group = "all" | "exceptStock"
