/**
 * The one home of the password-reset e-mail: who gets one, and the link in it.
 *
 * Medusa's `POST /auth/:actor_type/emailpass/reset-password` answers 201 for
 * any identifier and, for a registered one, makes a single-use token (a JWT
 * that expires after 15 minutes; a newer token ends the older ones) and emits
 * `auth.password_reset` with `{ entity_id, actor_type, token, metadata }`.
 * The subscriber (backend/src/subscribers/password-reset.ts) sends the link
 * below by e-mail. Nothing is sent when:
 * - the identifier is not an e-mail address (Medusa allows any identifier);
 * - the actor type is not one the shop has a reset page for (`user`, `customer`);
 * - the identity has no account of that actor type (e.g. a farm user's e-mail
 *   asked for on the storefront's customer form), so a link only ever reaches
 *   an account that can sign in with the new password.
 * The request's `metadata` is chosen by the caller and never used.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { normalizeContact } from "../shared/contact"

export const PASSWORD_RESET_TEMPLATE = "password-reset"

/** The payload of Medusa's `auth.password_reset` event. */
export type PasswordResetEvent = {
  entity_id?: unknown
  actor_type?: unknown
  token?: unknown
  metadata?: unknown
}

/** The actor types with a reset page, and where it is. */
export type ResetActorType = "user" | "customer"

/** Medusa's lifetime of a reset token, when the token does not say (it always does). */
const DEFAULT_TTL_MINUTES = 15

/**
 * The public addresses the links point at: the admin (served by Medusa at
 * `MEDUSA_BACKEND_URL` + the admin's path, `/app`) and the storefront
 * (`STOREFRONT_URL`). Same defaults as medusa-config.ts.
 */
export function publicUrls(adminPath = "/app", env: NodeJS.ProcessEnv = process.env) {
  const trim = (url: string) => url.replace(/\/+$/, "")
  return {
    admin: `${trim(env.MEDUSA_BACKEND_URL || "http://localhost:9000")}/${adminPath.replace(/^\/+|\/+$/g, "")}`,
    storefront: trim(env.STOREFRONT_URL || "http://localhost:8000"),
  }
}

/**
 * The reset page of an actor type with the token and the e-mail in its query:
 * the admin's own page (Medusa's dashboard, `/app/reset-password?token=…`,
 * which reads `token`) for `user`, the storefront's
 * `/account/reset-password?token=…&email=…` for `customer`.
 */
export function passwordResetUrl(
  actorType: ResetActorType,
  token: string,
  email: string,
  urls: { admin: string; storefront: string }
): string {
  const query = new URLSearchParams({ token, email }).toString()
  return actorType === "user"
    ? `${urls.admin}/reset-password?${query}`
    : `${urls.storefront}/account/reset-password?${query}`
}

/** The claims of a JWT, read without checking its signature (the token is ours, just made); null if malformed. */
export function tokenClaims(token: string): Record<string, unknown> | null {
  const [, payload] = token.split(".")
  if (!payload) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return claims && typeof claims === "object" ? claims : null
  } catch {
    return null
  }
}

/** Whole minutes the token has left (at least 1), from its `exp` claim. */
export function minutesLeft(token: string, now = Date.now()): number {
  const exp = Number(tokenClaims(token)?.exp)
  if (!Number.isFinite(exp)) return DEFAULT_TTL_MINUTES
  return Math.max(1, Math.round((exp * 1000 - now) / 60_000))
}

/** The e-mail address an identifier is, or null (any other identifier, e.g. a phone number or a name). */
export function resetEmailOf(entityId: unknown): string | null {
  if (typeof entityId !== "string" || entityId !== entityId.trim()) return null
  return normalizeContact(entityId)?.kind === "email" ? entityId : null
}

const isResetActorType = (value: unknown): value is ResetActorType =>
  value === "user" || value === "customer"

/** Whether the e-mail's `emailpass` identity has an account of the actor type (`app_metadata.<actor>_id`). */
async function hasAccount(
  container: MedusaContainer,
  email: string,
  actorType: ResetActorType
): Promise<boolean> {
  const auth = container.resolve(Modules.AUTH)
  const [providerIdentity] = await auth.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { select: ["auth_identity_id"] }
  )
  if (!providerIdentity?.auth_identity_id) return false
  const identity = await auth.retrieveAuthIdentity(providerIdentity.auth_identity_id, {
    select: ["app_metadata"],
  })
  return Boolean(identity.app_metadata?.[`${actorType}_id`])
}

/**
 * The actor type whose password rules a new password of this identity must
 * meet. Medusa keeps one `emailpass` identity (one password) per e-mail for
 * every actor type, so a buyer's reset of an e-mail that is also a support or
 * farm user's sets that user's password too: the user's (stricter) rules apply.
 */
export async function passwordRulesActorType(
  container: MedusaContainer,
  email: string,
  actorType: string
): Promise<string> {
  if (actorType === "user") return actorType
  return (await hasAccount(container, email, "user")) ? "user" : actorType
}

export type PasswordResetEmail = {
  to: string
  template: typeof PASSWORD_RESET_TEMPLATE
  /** one e-mail per token, even when the event is delivered again */
  idempotency_key: string
  data: { actor_type: ResetActorType; url: string; minutes: number }
}

/** The e-mail to send for an `auth.password_reset` event, or null when nothing is to be sent (see above). */
export async function passwordResetEmail(
  container: MedusaContainer,
  event: PasswordResetEvent,
  now = Date.now()
): Promise<PasswordResetEmail | null> {
  const email = resetEmailOf(event.entity_id)
  const { actor_type: actorType, token } = event
  if (!email || !isResetActorType(actorType) || typeof token !== "string" || !token) return null
  if (!(await hasAccount(container, email, actorType))) return null
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const url = passwordResetUrl(actorType, token, email, publicUrls(config.admin?.path))
  const jti = String(tokenClaims(token)?.jti ?? token.slice(-32))
  return {
    to: email,
    template: PASSWORD_RESET_TEMPLATE,
    idempotency_key: `password-reset:${jti}`,
    data: { actor_type: actorType, url, minutes: minutesLeft(token, now) },
  }
}
