/** Small helpers shared by the admin forms (mirroring the server-side validation). */

/** Same rule as the API's handle schema. */
export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** 11-digit mainland mobile number or a landline such as 0753-2188888 (same as the API). */
export const PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

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
