import { z } from "@medusajs/framework/zod"

/**
 * The one home of the shop's rules for text that comes in over the API.
 *
 * Refused everywhere (paths, query strings, JSON bodies): C0 control
 * characters except tab, newline and carriage return (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F), DEL and the C1 controls (U+007F–U+009F),
 * and the bidirectional embedding, override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069). A NUL byte breaks Postgres' wire protocol;
 * the others hide or reorder what a farm reads on its shipping list.
 */
export const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** "U+0000" for the first forbidden character of `value`, or null. */
export function forbiddenCharacterIn(value: string): string | null {
  const match = FORBIDDEN_CHARACTER.exec(value)
  if (!match) return null
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`
}

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
 * Routes set tighter limits for their own fields (addresses: address-rules.ts).
 */
export const MAX_QUERY_TEXT = 4_000
export const MAX_BODY_TEXT = 50_000

/**
 * A single line of text for zod schemas: trimmed, at most `max` characters,
 * none of the forbidden characters and no line breaks.
 */
export const line = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .max(max, `${name} must be at most ${max} characters`)
    .refine(
      (v) => !/[\r\n\t]/.test(v) && !FORBIDDEN_CHARACTER.test(v),
      `${name} must be one line of plain text`
    )
