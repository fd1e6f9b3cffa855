/**
 * Where signing in leads back to: a path of this shop (`?next=/unit`), never
 * another site (`//evil.example`, `/\evil.example`, `https://…`); anything
 * else leads to the account page.
 */
export function nextPathOf(value: unknown): string {
  if (typeof value !== "string" || value.length > 200) return "/account"
  if (!/^\/(?![/\\])[\w\-/.?=&%]*$/.test(value)) return "/account"
  return value
}
