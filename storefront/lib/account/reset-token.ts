/**
 * What the storefront reads of a password-reset link's token before the
 * buyer types a new password: whether it is still within its lifetime, and
 * the e-mail it was made for. The claims are read without the signature
 * (only the backend can check it, when the new password is sent); a token
 * that is malformed, not a reset token or past its `exp` counts as expired.
 */
export type ResetLink = { usable: true; email: string } | { usable: false }

export function readResetToken(token: string | undefined, now = Date.now()): ResetLink {
  const payload = token?.split(".")[1]
  if (!payload || token!.length > 4096) return { usable: false }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return { usable: false }
  }
  if (!isResetClaims(claims)) return { usable: false }
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= now) return { usable: false }
  return { usable: true, email: claims.entity_id }
}

/** A reset token's claims: its purpose, the e-mail it was made for and its expiry. */
function isResetClaims(
  claims: unknown
): claims is { purpose: "reset"; entity_id: string; exp?: unknown } {
  return (
    typeof claims === "object" &&
    claims !== null &&
    "purpose" in claims &&
    claims.purpose === "reset" &&
    "entity_id" in claims &&
    typeof claims.entity_id === "string"
  )
}
