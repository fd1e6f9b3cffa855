import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import OrderLookupCode from "./models/order-lookup-code"
import type { ContactChannel } from "../../shared/contact"
import type { OrderLookupCodeRepository } from "./repositories/order-lookup-code"
import { signAccessToken, verifyAccessToken, type AccessToken, type TokenClaim } from "./tokens"

export type OrderAccessOptions = {
  /** HMAC key of the tokens, code hashes and client keys (ORDER_ACCESS_SECRET, or derived from JWT_SECRET) */
  secret: string
  /** how long the placing browser's order token lasts (default 30 days) */
  order_token_ttl_seconds?: number
  /** how long a guest's lookup token lasts after entering a code (default 30 minutes) */
  lookup_token_ttl_seconds?: number
  /** how long a code can be used (default 10 minutes) */
  code_ttl_seconds?: number
  /** wrong entries a code survives (default 5) */
  max_attempts?: number
  /** codes per contact per hour (default 5) */
  codes_per_contact_per_hour?: number
  /** codes per client (address) per hour (default 20) */
  codes_per_client_per_hour?: number
}

export const ORDER_ACCESS_DEFAULTS = {
  order_token_ttl_seconds: 30 * 24 * 3600,
  lookup_token_ttl_seconds: 30 * 60,
  code_ttl_seconds: 10 * 60,
  max_attempts: 5,
  codes_per_contact_per_hour: 5,
  codes_per_client_per_hour: 20,
}

const HOUR_MS = 3600_000

export type CreatedLookupCode =
  | { created: true; id: string; code: string; expires_at: string }
  | { created: false; retry_after_seconds: number }

export type LookupCodeCheck =
  | { ok: true; code_id: string }
  | { ok: false; reason: "wrong_code"; attempts_left: number }
  | { ok: false; reason: "no_code" }

/**
 * Who may read a store order besides its logged-in customer: the placing
 * browser's order token and a guest's lookup token (signed and checked in
 * `tokens.ts` with this module's secret), and the one-time codes that earn a
 * lookup token (hashed, expiring, limited in attempts and per hour).
 */
class OrderAccessModuleService extends MedusaService({ OrderLookupCode }) {
  protected readonly options_: Required<OrderAccessOptions>
  protected readonly codes_: OrderLookupCodeRepository

  constructor(
    container: { orderLookupCodeRepository: OrderLookupCodeRepository },
    options: OrderAccessOptions
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (!options?.secret || options.secret.length < 32) {
      throw new Error(
        "The order-access module needs a secret of at least 32 characters (ORDER_ACCESS_SECRET)"
      )
    }
    this.options_ = { ...ORDER_ACCESS_DEFAULTS, ...options } as Required<OrderAccessOptions>
    this.codes_ = container.orderLookupCodeRepository
  }

  get limits() {
    const { secret: _secret, ...limits } = this.options_
    return limits
  }

  /** The token that lets the placing browser read its order. */
  issueOrderToken(orderId: string, now = Date.now()): AccessToken {
    return signAccessToken(
      this.options_.secret,
      "order",
      orderId,
      this.options_.order_token_ttl_seconds,
      now
    )
  }

  /** The token that lets a guest list and read the orders placed with a contact. */
  issueLookupToken(contact: string, now = Date.now()): AccessToken {
    return signAccessToken(
      this.options_.secret,
      "order-lookup",
      contact,
      this.options_.lookup_token_ttl_seconds,
      now
    )
  }

  /** What a token grants, or null (not ours, expired, tampered, malformed). */
  readToken(token: unknown, now = Date.now()): TokenClaim | null {
    return verifyAccessToken(this.options_.secret, token, now)
  }

  private hmac(value: string) {
    return createHmac("sha256", this.options_.secret).update(value).digest("hex")
  }

  /** A keyed hash of a client's address: counts per client without storing addresses. */
  clientKey(client: string) {
    return this.hmac(`client:${client}`).slice(0, 32)
  }

  private codeHash(contact: string, code: string) {
    return this.hmac(`code:${contact}:${code}`)
  }

  /**
   * Creates a 6-digit code for a contact unless the contact or the client has
   * had its hourly share; answers the plain code once (for the message) and
   * keeps its hash. Under advisory locks, so parallel requests count exactly.
   */
  @InjectTransactionManager()
  async createLookupCode(
    input: { contact: string; channel: ContactChannel; client: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CreatedLookupCode> {
    const clientKey = this.clientKey(input.client)
    await this.codes_.lockKeys(
      [`order-lookup:contact:${input.contact}`, `order-lookup:client:${clientKey}`],
      sharedContext
    )
    const now = Date.now()
    const recent = await this.codes_.countRecent(
      { contact: input.contact, client_key: clientKey, since: new Date(now - HOUR_MS) },
      sharedContext
    )
    const waits: number[] = []
    if (recent.contact >= this.options_.codes_per_contact_per_hour && recent.contact_oldest) {
      waits.push(recent.contact_oldest.getTime() + HOUR_MS - now)
    }
    if (recent.client >= this.options_.codes_per_client_per_hour && recent.client_oldest) {
      waits.push(recent.client_oldest.getTime() + HOUR_MS - now)
    }
    if (waits.length)
      return {
        created: false,
        retry_after_seconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)),
      }

    const code = String(randomInt(0, 1_000_000)).padStart(6, "0")
    const expiresAt = new Date(now + this.options_.code_ttl_seconds * 1000)
    const created = await this.createOrderLookupCodes(
      {
        contact: input.contact,
        channel: input.channel,
        code_hash: this.codeHash(input.contact, code),
        client_key: clientKey,
        expires_at: expiresAt,
      },
      sharedContext
    )
    return { created: true, id: created.id, code, expires_at: expiresAt.toISOString() }
  }

  /**
   * Checks a code against the contact's newest open code: every check counts
   * as an attempt (atomically), a right code is used up at once, so a code
   * works once and survives only `max_attempts` wrong entries.
   */
  @InjectTransactionManager()
  async checkLookupCode(
    input: { contact: string; code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LookupCodeCheck> {
    const open = await this.codes_.newestOpenCode(input.contact, sharedContext)
    if (!open) return { ok: false, reason: "no_code" }
    const spent = await this.codes_.spendAttempt(open.id, this.options_.max_attempts, sharedContext)
    if (!spent) return { ok: false, reason: "no_code" }
    const expected = Buffer.from(spent.code_hash, "hex")
    const given = Buffer.from(this.codeHash(input.contact, input.code), "hex")
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      const left = this.options_.max_attempts - spent.attempts
      return left > 0
        ? { ok: false, reason: "wrong_code", attempts_left: left }
        : { ok: false, reason: "no_code" }
    }
    if (!(await this.codes_.consume(open.id, sharedContext)))
      return { ok: false, reason: "no_code" }
    return { ok: true, code_id: open.id }
  }

  /** Puts a used code back (compensation of a failed lookup session). */
  @InjectTransactionManager()
  async releaseLookupCode(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.codes_.release(id, sharedContext)
  }

  @InjectManager()
  async listOrderIdsForContact(
    contact: string,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.codes_.findOrderIdsByContact(contact, page, sharedContext)
  }

  @InjectManager()
  async contactHasOrders(contact: string, @MedusaContext() sharedContext: Context = {}) {
    return this.codes_.hasOrders(contact, sharedContext)
  }

  @InjectManager()
  async orderBelongsToContact(
    orderId: string,
    contact: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.codes_.orderHasContact(orderId, contact, sharedContext)
  }
}

export default OrderAccessModuleService
