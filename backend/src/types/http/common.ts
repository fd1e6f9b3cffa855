/**
 * Shapes every resource of the shop's own API shares. The files of this
 * folder describe what travels over HTTP (JSON as the client reads it: an
 * instant is ISO 8601 text, an amount of money decimal yuan text such as
 * "1234.50"). They import nothing from the server, so the admin extensions and
 * the storefront (relative imports, or the storefront's `@http/*` alias) use them as they are.
 */

/** An instant as JSON carries it: ISO 8601 text, e.g. "2026-03-01T08:30:00.000Z". */
export type DateTimeString = string

/** A China-time calendar day, YYYY-MM-DD. */
export type DayString = string

/** An amount of money in yuan as decimal text with two decimals, e.g. "1234.50". */
export type YuanString = string

/** A page of a list: the rows under `K`, the number of rows that match and the page asked for. */
export type ListResponse<K extends string, T> = { [key in K]: T[] } & {
  count: number
  limit: number
  offset: number
}

/** The query of a paged list. */
export type PageParams = { limit?: number; offset?: number }

/** An error as the shop's routes answer it (Medusa's error handler writes the same shape). */
export type ErrorResponse = { type: string; message: string; code?: string }

/** Free-form key-value data kept on a record. */
export type Metadata = Record<string, unknown>
