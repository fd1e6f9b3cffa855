/**
 * The API's limits for text that comes in: which characters are refused
 * (paths, query strings, JSON bodies) is the shared rule of
 * backend/src/shared/text.ts; how long and how deep it may be is here.
 */

export const forbiddenCharacterMessage = (where: string, character: string) =>
  `${where} contains the character ${character}: control characters (other than tab and line breaks) and bidirectional-text controls are not accepted`

/** Paging: `limit` and `offset` are whole numbers from 0 to these maxima, on every route. */
export const PAGE_LIMIT_MAX = 10_000
export const PAGE_OFFSET_MAX = 10_000_000

/** How deep a JSON body or a query string may nest. */
export const MAX_NESTING = 12

/**
 * The longest text anywhere: a query value (Medusa's `fields` lists run to a
 * few hundred characters), a JSON string (a partner's story may have 20,000).
 * Routes set tighter limits for their own fields (addresses: shared/address.ts).
 */
export const MAX_QUERY_TEXT = 4_000
export const MAX_BODY_TEXT = 50_000
