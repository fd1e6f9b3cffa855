/**
 * The one home of the shop's rules for characters in text that people type:
 * which control and bidirectional-text characters are refused. A NUL byte
 * breaks Postgres' wire protocol; the others hide or reorder what a farm
 * reads on its shipping list or the support team on a receipt.
 *
 * The classes are built from code points (so no control character is written
 * in a pattern): the characters are
 * - C0 controls, U+0000–U+001F (tab U+0009, line feed U+000A and carriage
 *   return U+000D among them);
 * - DEL and the C1 controls, U+007F–U+009F;
 * - the direction marks LRM and RLM, U+200E–U+200F;
 * - the bidirectional embedding, override and isolate characters,
 *   U+202A–U+202E and U+2066–U+2069.
 */
import { z } from "zod"

/** Code point ranges, inclusive; a single code point is [c]. */
type Ranges = ([number] | [number, number])[]

const C0_EXCEPT_TAB_AND_BREAKS: Ranges = [[0x00, 0x08], [0x0b], [0x0c], [0x0e, 0x1f]]
const C0: Ranges = [[0x00, 0x1f]]
const DEL_AND_C1: Ranges = [[0x7f, 0x9f]]
const DIRECTION_MARKS: Ranges = [[0x200e, 0x200f]]
const BIDI_CONTROLS: Ranges = [
  [0x202a, 0x202e],
  [0x2066, 0x2069],
]

const escape = (codePoint: number) => `\\u${codePoint.toString(16).toUpperCase().padStart(4, "0")}`

/** A character class of the ranges, e.g. `[\u0000-\u0008\u000B]`. */
function characterClass(...groups: Ranges[]): RegExp {
  const body = groups
    .flat()
    .map(([from, to]) => (to === undefined ? escape(from) : `${escape(from)}-${escape(to)}`))
    .join("")
  return new RegExp(`[${body}]`)
}

/**
 * Refused in any text that comes in over the API (paths, query strings, JSON
 * bodies) and in the storefront's forms: C0 controls except tab, line feed
 * and carriage return, DEL and the C1 controls, and the bidirectional
 * embedding, override and isolate characters.
 */
export const FORBIDDEN_CHARACTER = characterClass(
  C0_EXCEPT_TAB_AND_BREAKS,
  DEL_AND_C1,
  BIDI_CONTROLS
)

/** Refused in text that may run over several lines (notes): the forbidden characters and the direction marks. */
export const TEXT_CONTROL_CHARACTER = characterClass(
  C0_EXCEPT_TAB_AND_BREAKS,
  DEL_AND_C1,
  DIRECTION_MARKS,
  BIDI_CONTROLS
)

/**
 * Refused in one-line values such as a contact or a payer's name: every
 * control character (tab and line breaks included), the direction marks and
 * the bidirectional controls.
 */
export const CONTROL_CHARACTER = characterClass(C0, DEL_AND_C1, DIRECTION_MARKS, BIDI_CONTROLS)

/** Tab and line breaks: what a one-line field may not hold besides the forbidden characters. */
export const TAB_OR_LINE_BREAK = /[\t\r\n]/

/** "U+202E" for the first forbidden character of `value`, or null. */
export function forbiddenCharacterIn(value: string): string | null {
  const match = FORBIDDEN_CHARACTER.exec(value)
  if (!match) return null
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`
}

/** One line of plain text: no tab, no line break, none of the forbidden characters. */
export function isPlainLine(value: string): boolean {
  return !TAB_OR_LINE_BREAK.test(value) && !FORBIDDEN_CHARACTER.test(value)
}

/**
 * A single line of text for the API's zod schemas: trimmed, at most `max`
 * characters, plain (see `isPlainLine`), with English messages naming the field.
 */
export const line = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .max(max, `${name} must be at most ${max} characters`)
    .refine(isPlainLine, `${name} must be one line of plain text`)
