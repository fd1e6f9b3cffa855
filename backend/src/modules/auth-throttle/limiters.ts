/**
 * The counters behind the sign-in limits (rate-limiter-flexible), in Redis
 * when a client is given (with an in-memory fallback while Redis is
 * unreachable), in memory otherwise; and the refusals they lead to.
 */
import type Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"
import type { AuthLimitRefusal, AuthRefusalCode } from "../../types/http/auth"
import type { AuthLimits } from "./limits"

export type RefusalCode = AuthRefusalCode

/** A request refused by a limit: answered 429 with Retry-After (the body is types/http's AuthLimitRefusal). */
export type Refusal = Omit<AuthLimitRefusal, "type">

export type Limiters = {
  account: RateLimiterAbstract
  clientFailures: RateLimiterAbstract
  attempts: RateLimiterAbstract
  registrations: RateLimiterAbstract
  tokens: RateLimiterAbstract
  resetAccount: RateLimiterAbstract
  resetClient: RateLimiterAbstract
}

function wait(seconds: number) {
  return seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
}

const MESSAGES: Record<RefusalCode, (wait: string) => string> = {
  account_locked: (w) => `Too many failed sign-in attempts for this account. Try again in ${w}.`,
  client_locked: (w) => `Too many failed sign-in attempts from your network. Try again in ${w}.`,
  too_many_attempts: (w) => `Too many sign-in requests from your network. Try again in ${w}.`,
  too_many_registrations: (w) => `Too many registrations from your network. Try again in ${w}.`,
  too_many_reset_requests: (w) => `Too many password reset requests. Try again in ${w}.`,
  too_many_token_requests: (w) => `Too many token requests from your network. Try again in ${w}.`,
}

export function refusal(code: RefusalCode, msBeforeNext: number): Refusal {
  const retry_after = Math.max(1, Math.ceil(msBeforeNext / 1000))
  return { code, retry_after, message: MESSAGES[code](wait(retry_after)) }
}

/** One counter per limit, named under `prefix`. */
export function createLimiters(limits: AuthLimits, prefix: string, redis?: Redis): Limiters {
  const make = (
    name: string,
    opts: Omit<IRateLimiterOptions, "keyPrefix">
  ): RateLimiterAbstract => {
    const keyPrefix = `${prefix}:${name}`
    if (!redis) return new RateLimiterMemory({ ...opts, keyPrefix })
    return new RateLimiterRedis({
      ...opts,
      keyPrefix,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory({ ...opts, keyPrefix }),
    })
  }
  const { account, client, reset } = limits
  return {
    account: make("account-failures", {
      points: account.lockAfter,
      duration: account.memorySeconds,
    }),
    clientFailures: make("client-failures", {
      points: client.failures,
      duration: client.lockSeconds,
    }),
    attempts: make("client-attempts", {
      points: client.attempts,
      duration: client.attemptWindowSeconds,
    }),
    registrations: make("client-registrations", {
      points: client.registrations,
      duration: client.registrationWindowSeconds,
    }),
    tokens: make("client-tokens", { points: client.tokens, duration: client.tokenWindowSeconds }),
    resetAccount: make("reset-account", {
      points: reset.perAccount,
      duration: reset.windowSeconds,
    }),
    resetClient: make("reset-client", { points: reset.perClient, duration: reset.windowSeconds }),
  }
}
