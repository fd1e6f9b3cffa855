/**
 * Search routes of the shop: `GET /store/search/suggest` and what the shop
 * adds to Medusa's `POST /store/search` (docs/api.md#search).
 */

/** What a suggestion opens: a product, a town's, a partner's or a category's page. */
export type SuggestionKind = "product" | "town" | "partner" | "category"

export type StoreSearchSuggestion = { text: string; kind: SuggestionKind; handle: string }

/** `GET /store/search/suggest?q=` */
export type StoreSearchSuggestResponse = { suggestions: StoreSearchSuggestion[] }

/** The longest text `q` of the suggestion route takes. */
export const MAX_SUGGEST_QUERY = 50

/** Suggestions per answer at most. */
export const SUGGESTION_LIMIT = 8

/**
 * Which of the product search's queries found the hits (`metadata.matched_by`
 * of a `POST /store/search` result): the words as typed, their pinyin, or
 * their pinyin one letter corrected.
 */
export type SearchMatchedBy = "words" | "pinyin" | "fuzzy"

/**
 * Filters the shop adds to the product index's own (`filters` of
 * `POST /store/search`): `in_season: true` keeps products harvested this
 * month (China time), `in_stock: true` products that can be bought now.
 */
export type StoreSearchShopFilters = { in_season?: boolean; in_stock?: boolean }
