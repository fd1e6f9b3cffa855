/**
 * Medusa's `fields` query parameter ("id,+email,*partner,partner.*,-metadata")
 * read as plain field paths, for routes that accept only a fixed set of them.
 */

/** "+*supported_currencies.currency" → "supported_currencies.currency"; "partner.*" → "partner". */
export function fieldPath(token: string): string {
  return token
    .trim()
    .replace(/^[+\- ]+/, "")
    .replace(/^\*/, "")
    .replace(/\.\*$/, "")
}

/** The field paths a `fields` query value asks for (strings or an array of strings), or null if it is neither. */
export function requestedFieldPaths(value: unknown): string[] | null {
  const parts = typeof value === "string" ? [value] : Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null
  if (!parts) return null
  return parts
    .flatMap((part: string) => part.split(","))
    .map(fieldPath)
    .filter(Boolean)
}

/**
 * What is wrong with a request's `fields` for a route that allows only
 * `allowed` (none when empty): a message for a 400, or null when every
 * requested path is allowed.
 */
export function fieldsProblem(value: unknown, allowed: readonly string[], route: string): string | null {
  if (value === undefined) return null
  const paths = requestedFieldPaths(value)
  if (!paths) return "fields must be a comma-separated list of field names"
  if (!allowed.length) return `${route} takes no fields parameter for this account`
  const outside = [...new Set(paths.filter((p) => !allowed.includes(p)))]
  if (!outside.length) return null
  return `${route} does not return ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ", …" : ""} for this account; it may ask for: ${allowed.join(", ")}`
}
