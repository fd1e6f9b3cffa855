/**
 * What the shop adds to Medusa's /auth routes (docs/authentication.md): the
 * sign-in limits' 429 and the password rules' 400. Medusa's own answers
 * (tokens, sessions) are unchanged.
 */

/** Why a sign-in, registration, reset or token request was refused for now. */
export type AuthRefusalCode =
  | "account_locked"
  | "client_locked"
  | "too_many_attempts"
  | "too_many_registrations"
  | "too_many_reset_requests"
  | "too_many_token_requests"

/** 429 with Retry-After (seconds) on any POST under /auth/. */
export type AuthLimitRefusal = {
  type: "too_many_requests"
  code: AuthRefusalCode
  /** seconds */
  retry_after: number
  message: string
}

/** The password rule a new password breaks. */
export type PasswordRule =
  "too_short" | "too_long" | "letters_and_digits" | "email_name" | "too_common"

/** A broken password rule, with the length asked for on `too_short`. */
export type PasswordProblem = { rule: PasswordRule; message: string; min_length?: number }

/** 400 on registration or password change when the password breaks a rule: `code` is `password_<rule>`. */
export type PasswordRuleRefusal = PasswordProblem & {
  type: "invalid_data"
  code: `password_${PasswordRule}`
}

/** 400 on POST /auth/:actor/:provider/update without `password`. */
export type PasswordMissingRefusal = { type: "invalid_data"; message: string }
