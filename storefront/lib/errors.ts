/** The message of whatever was thrown ("" when it has none), e.g. to recognise Medusa's stock refusals. */
export function messageOf(error: unknown): string {
  if (typeof error !== "object" || error === null || !("message" in error)) return ""
  return String(error.message ?? "")
}
