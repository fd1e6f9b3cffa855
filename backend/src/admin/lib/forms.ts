/** Small helpers shared by the admin forms (the field rules are the API's: shared/provenance.ts). */

export {
  CONTACT_PHONE_PATTERN as PHONE_PATTERN,
  DATE_PATTERN,
  HANDLE_PATTERN,
} from "../../shared/provenance"

/** Splits "金柚、茶叶, 梅菜" into ["金柚", "茶叶", "梅菜"] (commas, 、, semicolons or new lines). */
export const splitList = (value: string): string[] =>
  Array.from(
    new Set(
      value
        .split(/[,，、;；\n]+/)
        .map((part) => part.trim())
        .filter(Boolean)
    )
  )

/** Trimmed text, or null when blank (lets an edit clear a nullable field). */
export const textOrNull = (value: string): string | null => {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}

/** Parses a whole number ≥ 0; returns null for anything else. */
export const parseNonNegativeInt = (value: string): number | null => {
  const trimmed = value.trim()
  if (!/^\d+$/.test(trimmed)) {
    return null
  }
  const parsed = Number(trimmed)
  return Number.isSafeInteger(parsed) ? parsed : null
}

/** The server's message of a failed request (FetchError carries the JSON `message`). */
export const errorMessage = (error: unknown): string | undefined => {
  if (error instanceof Error && error.message) {
    return error.message
  }
  if (typeof error === "string" && error) {
    return error
  }
  return undefined
}
