/**
 * The one home of the sign-in limits (see docs/authentication.md). Every
 * number has a default; the few that operators tune are read from the
 * environment (listed in docs/configuration.md).
 */

export type AuthLimits = {
  account: {
    /** Failures answered at once before the answers slow down. */
    freeFailures: number
    /** Consecutive failures after which the account (actor type + e-mail) is locked. */
    lockAfter: number
    /** How long the lock lasts. */
    lockSeconds: number
    /** How long failures are remembered when no lock follows (a success forgets them at once). */
    memorySeconds: number
  }
  delay: {
    /** Delay of the first slowed answer; it doubles with each further failure. */
    baseMs: number
    /** The delay stops growing here. */
    maxMs: number
  }
  client: {
    /** Failed sign-ins from one client address before that address is locked. */
    failures: number
    /** Window of those failures, and the length of the lock. */
    lockSeconds: number
    /** Every sign-in, registration and password change from one address, successful or not. */
    attempts: number
    attemptWindowSeconds: number
    /** Registrations (new or repeated) from one address. */
    registrations: number
    registrationWindowSeconds: number
    /** Token refreshes and session creations from one address. */
    tokens: number
    tokenWindowSeconds: number
  }
  reset: {
    /** Password-reset e-mails asked for one account, and from one address. */
    perAccount: number
    perClient: number
    windowSeconds: number
  }
  /**
   * Which peers may tell the client's address in X-Forwarded-For (proxy-addr
   * syntax: "loopback", "uniquelocal", IPs and CIDRs, comma-separated).
   */
  trustedProxies: string[]
}

function whole(name: string, fallback: number, min = 1): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`)
  }
  return value
}

/** The limits in force: the defaults, with the documented environment overrides. */
export function authLimits(): AuthLimits {
  const baseMs = whole("AUTH_FAILURE_DELAY_MS", 500, 0)
  return {
    account: {
      freeFailures: 3,
      lockAfter: whole("AUTH_LOCK_AFTER_FAILURES", 10),
      lockSeconds: whole("AUTH_LOCK_SECONDS", 15 * 60),
      memorySeconds: 60 * 60,
    },
    delay: { baseMs, maxMs: baseMs * 16 },
    client: {
      failures: whole("AUTH_CLIENT_MAX_FAILURES", 50),
      lockSeconds: whole("AUTH_CLIENT_LOCK_SECONDS", 60 * 60),
      attempts: 1000,
      attemptWindowSeconds: 10 * 60,
      registrations: 50,
      registrationWindowSeconds: 60 * 60,
      tokens: 1000,
      tokenWindowSeconds: 10 * 60,
    },
    reset: { perAccount: 5, perClient: 30, windowSeconds: 60 * 60 },
    trustedProxies: (process.env.AUTH_TRUSTED_PROXIES ?? "loopback")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  }
}

/**
 * How long the answer to the n-th consecutive failure of an account waits:
 * nothing for the first `freeFailures`, then `baseMs`, doubling up to `maxMs`.
 */
export function failureDelayMs(
  failures: number,
  limits: Pick<AuthLimits, "account" | "delay">
): number {
  const slowed = failures - limits.account.freeFailures
  if (slowed <= 0 || limits.delay.baseMs <= 0) return 0
  return Math.min(limits.delay.baseMs * 2 ** (slowed - 1), limits.delay.maxMs)
}
