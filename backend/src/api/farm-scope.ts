import {
  type AuthContext,
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { defaultLayoutConfigurationFields } from "@medusajs/medusa/api/admin/layouts/configurations/query-config"
import { defaultAdminStoreFields } from "@medusajs/medusa/api/admin/stores/query-config"
import { defaultAdminUserFields } from "@medusajs/medusa/api/admin/users/query-config"
import { FARM_MODULE, type FarmModuleService } from "../modules/farm"
import { linkFarmStaff } from "../workflows/farm/link-staff"
import { fieldPath, fieldsProblem } from "./field-scope"

/** The partner a farm user acts for, resolved once per request by `farmScope`. */
export type FarmActor = {
  user_id: string
  partner_id: string
  location_id: string | null
}

/** A request as the farm scope reads and marks it. */
export type FarmRequest = MedusaRequest & {
  auth_context?: AuthContext
  session?: { auth_context?: AuthContext }
  farm?: FarmActor
}

/** The farm account's own farm, set by `farmScope`; undefined for the support team. */
export const ownFarmOf = (req: MedusaRequest): FarmActor | undefined => (req as FarmRequest).farm

/**
 * A route a farm account may call, and what it may ask of it:
 * - `query`: the query parameters it may send (for Medusa's routes; the farm
 *   routes' own validators decide theirs). Filters could reach into other
 *   records, so only the ones the admin shell sends are let through.
 * - `fields`: the field paths it may ask for with `fields` (Medusa's field
 *   expansion follows module links to every partner, user and order; see
 *   field-scope.ts). None when absent: the farm routes take no `fields`.
 */
export type FarmRoute = {
  method: string
  path: string
  query?: readonly string[]
  fields?: readonly string[]
}

const paths = (fields: string[]) => [...new Set(fields.map(fieldPath))]

/**
 * The `/admin` routes a farm account may call; every other admin route
 * answers 403 for it. The farm's own routes (`/admin/farm/*`) read and write
 * only the farm's records (see `farmOf`); Medusa's routes listed here are the
 * ones the admin shell needs, limited to the fields it asks for (Medusa's
 * defaults for the route, which the admin shell reads, and `+supported_currencies`
 * of the store), and expose nothing of other partners.
 */
export const FARM_ALLOWED_ROUTES: FarmRoute[] = [
  { method: "*", path: "/admin/farm" },
  { method: "*", path: "/admin/farm/*" },
  {
    method: "GET",
    path: "/admin/users/me",
    query: ["fields"],
    fields: paths(defaultAdminUserFields),
  },
  {
    method: "GET",
    path: "/admin/stores",
    query: ["fields", "limit", "offset"],
    fields: paths([...defaultAdminStoreFields, "*supported_locales", "*supported_locales.locale"]),
  },
  {
    method: "GET",
    path: "/admin/stores/:id",
    query: ["fields"],
    fields: paths([...defaultAdminStoreFields, "*supported_locales", "*supported_locales.locale"]),
  },
  // what the admin shell reads on every page: feature flags and the user's own layouts
  { method: "GET", path: "/admin/feature-flags", query: [] },
  {
    method: "GET",
    path: "/admin/layouts/configurations",
    query: ["fields", "limit", "offset"],
    fields: paths(defaultLayoutConfigurationFields),
  },
  { method: "GET", path: "/admin/layouts/:zone/configuration", query: [] },
]

const compiled = FARM_ALLOWED_ROUTES.map((route) => ({
  route,
  method: route.method,
  regex: new RegExp(
    "^" +
      route.path
        .split("/")
        .map((segment) =>
          segment === "*"
            ? ".+"
            : segment.startsWith(":")
              ? "[^/]+"
              : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        )
        .join("/") +
      "/?$"
  ),
}))

/** The allowlist entry for `method path` (path without query string), or null: a farm account may not call it. */
export function farmRouteOf(method: string, path: string): FarmRoute | null {
  const m = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  return (
    compiled.find((route) => (route.method === "*" || route.method === m) && route.regex.test(path))
      ?.route ?? null
  )
}

/** Whether a farm account may call `method path` (path without query string). */
export function isFarmRouteAllowed(method: string, path: string): boolean {
  return farmRouteOf(method, path) !== null
}

/** What a farm account's request asks beyond its route's allowance, as a message for a 400; or null. */
export function farmQueryProblem(
  route: FarmRoute,
  query: Record<string, unknown>,
  path: string
): string | null {
  if (route.query) {
    const outside = Object.keys(query).filter((key) => !route.query!.includes(key))
    if (outside.length) {
      return `${path} takes ${route.query.length ? `only ${route.query.join(", ")}` : "no query parameters"} for a farm account, not ${outside.join(", ")}`
    }
  }
  return fieldsProblem(query.fields, route.fields ?? [], path)
}

/**
 * The partner of a user, or null for the support team. A user created from
 * a farm staff invite whose link is not written yet (the acceptance event is
 * handled in the background) is linked here, so it never passes for the
 * support team in between.
 */
export async function resolveFarmActor(
  container: MedusaContainer,
  userId: string
): Promise<FarmActor | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id", "email", "partner.id", "partner.stock_location.id"],
    filters: { id: userId },
  })
  const [user] = users as {
    id: string
    email: string
    partner: { id: string; stock_location: { id: string } | null } | null
  }[]
  if (!user) return null
  if (user.partner?.id) {
    return {
      user_id: user.id,
      partner_id: user.partner.id,
      location_id: user.partner.stock_location?.id ?? null,
    }
  }
  const farm = container.resolve<FarmModuleService>(FARM_MODULE)
  const [invite] = await farm.listFarmStaffInvites(
    { email: user.email },
    { order: { created_at: "DESC" }, take: 1 }
  )
  if (!invite) return null
  await linkFarmStaff(container, {
    user_id: user.id,
    partner_id: invite.partner_id,
    invite_id: invite.invite_id,
  })
  return resolveFarmActor(container, userId)
}

const optionalUserAuth = authenticate("user", ["bearer", "session"], { allowUnauthenticated: true })

/**
 * The one farm-scope middleware, for every `/admin` request: a farm user may
 * call only the allowed routes (403 otherwise), with only the query
 * parameters and fields its route allows (400 otherwise), and carries its
 * partner on `req.farm`; the support team passes unchanged.
 */
export async function farmScope(req: FarmRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.auth_context && (req.headers.authorization || req.session?.auth_context)) {
    // routes that opt out of Medusa's admin authentication (e.g. accepting an
    // invite) still carry the caller's login: read it, so a farm user is known
    await new Promise<void>((resolve, reject) =>
      optionalUserAuth(req, res, ((error?: unknown) =>
        error ? reject(error) : resolve()) as MedusaNextFunction)
    )
  }
  const auth = req.auth_context
  if (!auth?.actor_id || auth.actor_type !== "user") return next()
  const farm = await resolveFarmActor(req.scope, auth.actor_id)
  if (!farm) return next()
  const path = (req.originalUrl || req.url).split("?")[0]
  const route = farmRouteOf(req.method, path)
  if (!route) {
    res.status(403).json({ type: "not_allowed", message: "A farm account cannot use this route" })
    return
  }
  const problem = farmQueryProblem(route, (req.query ?? {}) as Record<string, unknown>, route.path)
  if (problem) {
    res.status(400).json({ type: "invalid_data", message: problem })
    return
  }
  req.farm = farm
  next()
}

/** The farm-scope middleware on every /admin request, registered right after the guards. */
export const farmScopeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [farmScope] },
]

/**
 * The farm a `/admin/farm/*` request acts for: the farm user's own partner,
 * or, for the support team, the partner named by `?partner_id=`.
 */
export async function farmOf(req: MedusaRequest): Promise<FarmActor & { is_support: boolean }> {
  const own = ownFarmOf(req)
  if (own) {
    if (!own.location_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This farm has no stock location yet")
    }
    return { ...own, is_support: false }
  }
  const partnerId = typeof req.query.partner_id === "string" ? req.query.partner_id : undefined
  if (!partnerId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "partner_id is required for a support team account"
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: ["id", "stock_location.id"],
    filters: { id: partnerId },
  })
  const [partner] = data as { id: string; stock_location: { id: string } | null }[]
  if (!partner)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner "${partnerId}" not found`)
  return {
    user_id: (req as FarmRequest).auth_context?.actor_id as string,
    partner_id: partner.id,
    location_id: partner.stock_location?.id ?? null,
    is_support: true,
  }
}

/** The signed-in user's id (the actor of stock changes). */
export const actorOf = (req: MedusaRequest): string | null =>
  (req as FarmRequest).auth_context?.actor_id ?? null
