import Redis from "ioredis"
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { authLimits, failureDelayMs, type AuthLimits } from "./limits"
import { createLimiters, type Limiters, refusal, type Refusal, type RefusalCode } from "./limiters"

export type { Refusal, RefusalCode } from "./limiters"

export type AuthThrottleOptions = {
  /** Redis for the counters (shared by every server instance); unset: in memory. */
  redisUrl?: string
  /** Prefix of the Redis keys. */
  keyPrefix?: string
}

/**
 * A sign-in let through, to be settled with its outcome. `client` is absent
 * when the request came from a trusted proxy that did not tell the client's
 * address: the per-client limits then do not apply (see client-address.ts).
 */
export type SignInTicket = {
  account?: string
  client?: string
  accountFailures: number
  clientFailures: number
}

export type SignInOutcome = "success" | "failure" | "neutral"

/**
 * Sign-in limits (rate-limiter-flexible's "login brute force" pattern): a
 * consecutive-failure counter per account that slows and then locks it, a
 * failure counter per client address that locks the address, and request
 * budgets per address for sign-ins, registrations, token refreshes and
 * password-reset e-mails. Counters live in Redis when a URL is given (with an
 * in-memory fallback while Redis is unreachable), in memory otherwise.
 *
 * A sign-in first spends one failure of its account and of its address, so
 * parallel guesses cannot all pass before the first is counted; `settleSignIn`
 * then gives them back (success: the account's count is reset) or keeps them.
 */
export default class AuthThrottleModuleService {
  readonly limits: AuthLimits
  private readonly redis?: Redis
  private readonly limiters: Limiters

  constructor(_container: Record<string, unknown>, options: AuthThrottleOptions = {}) {
    this.limits = authLimits()
    const prefix = options.keyPrefix ?? "meixian:auth"
    if (options.redisUrl) {
      // No offline queue: while Redis is unreachable the limiters answer from
      // their in-memory insurance at once instead of waiting.
      this.redis = new Redis(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      })
      this.redis.on("error", () => undefined)
    }
    this.limiters = createLimiters(this.limits, prefix, this.redis)
  }

  /** The counter key of an account: actor type and e-mail, trimmed and lower-cased. */
  accountKey(actorType: string, email: string): string {
    return `${actorType}:${email.normalize("NFKC").trim().toLowerCase()}`
  }

  /**
   * Before a login or registration: spends one request of the address's
   * budgets and, provisionally, one failure of the account and the address.
   */
  async beginSignIn(input: {
    account?: string
    client?: string
    registration?: boolean
  }): Promise<{ refusal: Refusal } | { ticket: SignInTicket }> {
    const { account, client } = input
    let clientFailures = 0
    if (client) {
      let spent = await this.spend(this.limiters.attempts, client, "too_many_attempts")
      if ("refusal" in spent) return spent
      if (input.registration) {
        spent = await this.spend(this.limiters.registrations, client, "too_many_registrations")
        if ("refusal" in spent) return spent
      }
      spent = await this.spend(this.limiters.clientFailures, client, "client_locked")
      if ("refusal" in spent) return spent
      clientFailures = spent.consumed
    }
    let accountFailures = 0
    if (account) {
      const spentAccount = await this.spend(this.limiters.account, account, "account_locked")
      if ("refusal" in spentAccount) {
        if (client) await this.quietly(this.limiters.clientFailures.reward(client, 1))
        return spentAccount
      }
      accountFailures = spentAccount.consumed
    }
    return { ticket: { account, client, accountFailures, clientFailures } }
  }

  /**
   * After the answer is known: a success resets the account's failures and
   * gives the address its failure back; a failure keeps both, locks the
   * account or the address when it reached its limit, and tells how long the
   * answer must wait; a neutral outcome (e.g. invalid input) gives both back.
   */
  async settleSignIn(ticket: SignInTicket, outcome: SignInOutcome): Promise<{ delayMs: number }> {
    const { account, client } = ticket
    if (outcome !== "failure") {
      await Promise.all([
        account
          ? this.quietly(
              outcome === "success"
                ? this.limiters.account.delete(account)
                : this.limiters.account.reward(account, 1)
            )
          : undefined,
        client ? this.quietly(this.limiters.clientFailures.reward(client, 1)) : undefined,
      ])
      return { delayMs: 0 }
    }
    const locks: Promise<unknown>[] = []
    if (account && ticket.accountFailures >= this.limits.account.lockAfter) {
      locks.push(
        this.quietly(this.limiters.account.block(account, this.limits.account.lockSeconds))
      )
    }
    if (client && ticket.clientFailures >= this.limits.client.failures) {
      locks.push(
        this.quietly(this.limiters.clientFailures.block(client, this.limits.client.lockSeconds))
      )
    }
    await Promise.all(locks)
    return { delayMs: account ? failureDelayMs(ticket.accountFailures, this.limits) : 0 }
  }

  /** A password-reset e-mail asked for an account from an address. */
  async limitResetRequest(input: { account?: string; client?: string }): Promise<Refusal | null> {
    if (input.client) {
      const byClient = await this.spend(
        this.limiters.resetClient,
        input.client,
        "too_many_reset_requests"
      )
      if ("refusal" in byClient) return byClient.refusal
    }
    if (!input.account) return null
    const byAccount = await this.spend(
      this.limiters.resetAccount,
      input.account,
      "too_many_reset_requests"
    )
    return "refusal" in byAccount ? byAccount.refusal : null
  }

  /** A token refresh or session creation from an address. */
  async limitTokenRequest(client: string | undefined): Promise<Refusal | null> {
    if (!client) return null
    const spent = await this.spend(this.limiters.tokens, client, "too_many_token_requests")
    return "refusal" in spent ? spent.refusal : null
  }

  /** An account's consecutive failures and how long it stays locked (0: not locked). */
  async accountState(account: string): Promise<{ failures: number; lockedForMs: number }> {
    return this.state(this.limiters.account, account)
  }

  /** An address's failures and how long it stays locked (0: not locked). */
  async clientState(client: string): Promise<{ failures: number; lockedForMs: number }> {
    return this.state(this.limiters.clientFailures, client)
  }

  /** Resolves once the Redis connection is up (at once without Redis); until then the in-memory fallback answers. */
  async ready(): Promise<void> {
    const redis = this.redis
    if (!redis || redis.status === "ready") return
    await new Promise<void>((resolve) => redis.once("ready", () => resolve()))
  }

  /** Closes the Redis connection, if any. */
  async close() {
    if (this.redis && this.redis.status !== "end")
      await this.redis.quit().catch(() => this.redis?.disconnect())
  }

  __hooks = {
    onApplicationShutdown: async () => this.close(),
  }

  private async state(limiter: RateLimiterAbstract, key: string) {
    const res = await limiter.get(key).catch(() => null)
    if (!res) return { failures: 0, lockedForMs: 0 }
    const locked = res.consumedPoints > limiter.points
    return {
      failures: Math.min(res.consumedPoints, limiter.points),
      lockedForMs: locked ? res.msBeforeNext : 0,
    }
  }

  private async spend(
    limiter: RateLimiterAbstract,
    key: string,
    code: RefusalCode
  ): Promise<{ refusal: Refusal } | { consumed: number }> {
    try {
      const res = await limiter.consume(key, 1)
      return { consumed: res.consumedPoints }
    } catch (error) {
      if (error instanceof RateLimiterRes) return { refusal: refusal(code, error.msBeforeNext) }
      // The store failed and no fallback answered: let the request through.
      return { consumed: 0 }
    }
  }

  private async quietly(promise: Promise<unknown>) {
    await promise.catch(() => undefined)
  }
}
