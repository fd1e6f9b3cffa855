import { randomBytes } from "node:crypto"
import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import { isPresent, isString, MedusaError } from "@medusajs/framework/utils"
// Medusa's provider class (the package exports only its module definition)
import { EmailPassAuthService } from "@medusajs/auth-emailpass/dist/services/emailpass"

/** The one answer to every failed sign-in and refused registration. */
export const INVALID_CREDENTIALS = "Invalid email or password"

/** Medusa's own helpers, private in its typings but inherited at run time. */
type Inherited = {
  isPasswordMatch_(password: string, identity: unknown): Promise<boolean>
  sanitizeAuthIdentity_(identity: AuthIdentityDTO): AuthIdentityDTO
}
const inherited = EmailPassAuthService.prototype as unknown as Inherited

/**
 * Medusa's e-mail/password provider, registered under the same id
 * (`emailpass`) for every actor type, with two changes so that an answer
 * never tells whether an e-mail is known:
 *
 * - login with an unknown e-mail verifies the password against a decoy hash
 *   made with the same scrypt settings, so it does the same hashing work as a
 *   wrong password for a known e-mail, and both get the same answer;
 * - registration with an e-mail that is taken answers exactly as a failed
 *   login does (after the same hashing work), instead of "Identity with email
 *   already exists". Medusa's own exception stays: an identity that has no
 *   actor yet (e.g. an invite not yet accepted) may register again with its
 *   password. Creating a new identity hashes the password (the same work).
 */
export class ShopEmailPassAuthService extends EmailPassAuthService {
  static identifier = "emailpass"
  static DISPLAY_NAME = "Email/Password Authentication"

  private decoy_?: Promise<AuthIdentityDTO>

  constructor(...args: ConstructorParameters<typeof EmailPassAuthService>) {
    super(...args)
    // Made at start, so that the first unknown e-mail costs no extra hashing.
    this.decoy().catch(() => undefined)
  }

  async authenticate(
    userData: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { email, password } = (userData.body ?? {}) as Record<string, unknown>
    if (!isString(email) || !isString(password) || !email || !password) {
      return super.authenticate(userData, authIdentityService)
    }
    const identity = await this.findIdentity(email, authIdentityService)
    if (identity instanceof Error) return { success: false, error: identity.message }
    // One scrypt verification whether the e-mail is known or not.
    const matches = await this.passwordMatches(password, identity)
    if (identity && matches) {
      return { success: true, authIdentity: inherited.sanitizeAuthIdentity_.call(this, identity) }
    }
    return { success: false, error: INVALID_CREDENTIALS }
  }

  async register(
    userData: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { email, password } = (userData.body ?? {}) as Record<string, unknown>
    if (!isString(email) || !isString(password) || !email || !password) {
      return super.register(userData, authIdentityService)
    }
    const identity = await this.findIdentity(email, authIdentityService)
    if (identity instanceof Error) return { success: false, error: identity.message }
    // A new e-mail: Medusa creates the identity (hashing the password).
    if (!identity) return super.register(userData, authIdentityService)
    const matches = await this.passwordMatches(password, identity)
    if (matches && !isPresent(identity.app_metadata)) {
      return { success: true, authIdentity: inherited.sanitizeAuthIdentity_.call(this, identity) }
    }
    return { success: false, error: INVALID_CREDENTIALS }
  }

  /** The identity of an e-mail, null when there is none, or the lookup's error. */
  private async findIdentity(
    email: string,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthIdentityDTO | null | Error> {
    try {
      return await authIdentityService.retrieve({ entity_id: email })
    } catch (error) {
      if ((error as { type?: string } | null)?.type === MedusaError.Types.NOT_FOUND) return null
      return error instanceof Error ? error : new Error(String(error))
    }
  }

  /**
   * Checks the password against the identity's hash, or against the decoy
   * when the identity has no password of this provider: one scrypt
   * verification either way.
   */
  private async passwordMatches(
    password: string,
    identity: AuthIdentityDTO | null
  ): Promise<boolean> {
    const own = identity?.provider_identities?.find((p) => p.provider === this.provider)
    if (identity && isString(own?.provider_metadata?.password)) {
      return inherited.isPasswordMatch_.call(this, password, identity)
    }
    await inherited.isPasswordMatch_.call(this, password, await this.decoy())
    return false
  }

  /** An identity whose hash (of a random secret) no password matches. */
  private decoy(): Promise<AuthIdentityDTO> {
    this.decoy_ ??= this.hashPassword(randomBytes(32).toString("hex")).then(
      (hash) =>
        ({
          id: "decoy",
          provider_identities: [{ provider: this.provider, provider_metadata: { password: hash } }],
        }) as unknown as AuthIdentityDTO
    )
    return this.decoy_
  }
}
