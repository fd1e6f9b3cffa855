import {
  getAuthContextFromJwtToken,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { passwordRulesActorType } from "../../auth/password-reset"
import { passwordProblem } from "../../auth/password-rules"
import { AUTH_THROTTLE_MODULE, type AuthThrottleModuleService } from "../../modules/auth-throttle"
import type { Refusal, SignInOutcome, SignInTicket } from "../../modules/auth-throttle/service"
import type { AuthLimitRefusal, PasswordRuleRefusal } from "../../types/http/auth"
import { clientAddressOf, compileTrust } from "./client-address"

/** What a POST under /auth/ does, read from its path the way Medusa's routes match it. */
export type AuthRouteKind = "login" | "register" | "reset" | "update" | "token" | "other"

export function classifyAuthPath(path: string): { kind: AuthRouteKind; actorType?: string } {
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment).toLowerCase()
      } catch {
        return segment.toLowerCase()
      }
    })
  const [, first, , action] = segments
  if (segments[0] !== "auth" || !first) return { kind: "other" }
  if (first === "session" || first === "token") return { kind: "token" }
  if (first === "mfa" || first === "verification") return { kind: "other" }
  if (segments.length === 3) return { kind: "login", actorType: first }
  if (segments.length === 4 && action === "register") return { kind: "register", actorType: first }
  if (segments.length === 4 && action === "reset-password")
    return { kind: "reset", actorType: first }
  if (segments.length === 4 && action === "update") return { kind: "update", actorType: first }
  return { kind: "other", actorType: first }
}

function refuse(res: MedusaResponse, refusal: Refusal) {
  res.setHeader("Retry-After", String(refusal.retry_after))
  const body: AuthLimitRefusal = { type: "too_many_requests", ...refusal }
  res.status(429).json(body)
}

function outcomeOf(status: number): SignInOutcome {
  if (status >= 200 && status < 300) return "success"
  if (status === 401 || status === 403) return "failure"
  return "neutral"
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Settles the sign-in once its answer is known, before the answer leaves: a
 * failure is counted first, and the answer waits the account's delay (also
 * told in the `X-Auth-Delay` header, in milliseconds).
 */
function settleBeforeAnswer(
  res: MedusaResponse,
  throttle: AuthThrottleModuleService,
  ticket: SignInTicket
) {
  const json = res.json.bind(res)
  let settled = false
  const settle = () => {
    settled = true
    return throttle.settleSignIn(ticket, outcomeOf(res.statusCode))
  }
  res.json = ((body: unknown) => {
    if (settled) return json(body)
    settle()
      .then(async ({ delayMs }) => {
        if (delayMs > 0 && !res.headersSent) {
          res.setHeader("X-Auth-Delay", String(delayMs))
          await sleep(delayMs)
        }
      })
      .catch(() => undefined)
      .finally(() => json(body))
    return res
  }) as MedusaResponse["json"]
  // An answer that is not JSON (none of Medusa's sign-in routes) still settles.
  res.on("finish", () => {
    if (!settled) void settle().catch(() => undefined)
  })
}

function passwordRefusal(
  res: MedusaResponse,
  actorType: string,
  password: unknown,
  email: string | undefined
) {
  if (typeof password !== "string") return false
  const problem = passwordProblem(actorType, password, email)
  if (!problem) return false
  const body: PasswordRuleRefusal = {
    type: "invalid_data",
    code: `password_${problem.rule}`,
    ...problem,
  }
  res.status(400).json(body)
  return true
}

/** The e-mail a password-reset token was issued for (the token itself is checked by Medusa's route). */
function resetTokenEmail(req: MedusaRequest, actorType: string): string | undefined {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = getAuthContextFromJwtToken(
    req.headers.authorization,
    http.jwtSecret!,
    ["bearer"],
    [actorType],
    http.jwtPublicKey,
    http.jwtVerifyOptions ?? http.jwtOptions
  ) as { entity_id?: unknown } | null
  return typeof token?.entity_id === "string" ? token.entity_id : undefined
}

let warnedUnknownClient = false
const trusts = new WeakMap<AuthThrottleModuleService, ReturnType<typeof compileTrust>>()

/**
 * The one guard of every POST under /auth/ (see docs/authentication.md):
 * limits per account and per client address on login, registration,
 * password reset and password change, budgets for token refreshes and
 * sessions, and the password rules of the actor type on registration and
 * password change. Registered ahead of Medusa's own /auth middlewares, so a
 * refused password never spends a reset token.
 */
export async function authGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const throttle = req.scope.resolve<AuthThrottleModuleService>(AUTH_THROTTLE_MODULE)
  let trust = trusts.get(throttle)
  if (!trust) trusts.set(throttle, (trust = compileTrust(throttle.limits.trustedProxies)))
  const client = clientAddressOf(req, trust) ?? undefined
  if (!client && !warnedUnknownClient && process.env.NODE_ENV === "production") {
    warnedUnknownClient = true
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        "A sign-in came from a trusted proxy without X-Forwarded-For: the per-client sign-in limits cannot tell clients apart. Have the proxy append the client's address (nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for)."
      )
  }
  const { kind, actorType = "" } = classifyAuthPath(req.path)
  const body = (req.body ?? {}) as Record<string, unknown>

  if (kind === "token") {
    const refusal = await throttle.limitTokenRequest(client)
    return refusal ? refuse(res, refusal) : next()
  }

  if (kind === "reset") {
    const identifier = typeof body.identifier === "string" ? body.identifier : undefined
    const account = identifier ? throttle.accountKey(actorType, identifier) : undefined
    const refusal = await throttle.limitResetRequest({ account, client })
    return refusal ? refuse(res, refusal) : next()
  }

  const email = typeof body.email === "string" && body.email ? body.email : undefined
  const account =
    (kind === "login" || kind === "register") && email
      ? throttle.accountKey(actorType, email)
      : undefined
  const begun = await throttle.beginSignIn({ account, client, registration: kind === "register" })
  if ("refusal" in begun) return refuse(res, begun.refusal)

  if (kind === "update" && typeof body.password !== "string") {
    // Medusa would spend the reset token and answer success without changing anything
    await throttle.settleSignIn(begun.ticket, "neutral")
    res
      .status(400)
      .json({ type: "invalid_data", message: "Send the new password as a string in `password`." })
    return
  }
  if (kind === "register" || kind === "update") {
    const owner = kind === "register" ? email : resetTokenEmail(req, actorType)
    // a reset sets the password of the whole identity: the strictest rules of its accounts apply
    const rules =
      kind === "update" && owner
        ? await passwordRulesActorType(req.scope, owner, actorType)
        : actorType
    if (passwordRefusal(res, rules, body.password, owner)) {
      await throttle.settleSignIn(begun.ticket, "neutral")
      return
    }
  }
  settleBeforeAnswer(res, throttle, begun.ticket)
  next()
}
