/**
 * The options of the shop's e-mail/password provider (part of the root
 * medusa-config.ts): the cost of a password's scrypt hash, Medusa's
 * `hashConfig` (N = 2^logN, r 8, p 1). Medusa's default, logN 15, unless
 * AUTH_SCRYPT_LOG_N says otherwise (a whole number from 10 to 20; anything
 * else stops the server at start). The tests lower it (tests/vitest.config.ts):
 * at 15 each hash or sign-in costs about 180 ms of a core on the test machine.
 * A hash keeps the cost it was made with, so a password set at another cost
 * still verifies.
 */
export function passwordHashing(env: NodeJS.ProcessEnv): {
  hashConfig?: { logN: number; r: number; p: number }
} {
  const value = env.AUTH_SCRYPT_LOG_N
  if (!value) return {}
  const logN = Number(value)
  if (!/^\d+$/.test(value) || logN < 10 || logN > 20) {
    throw new Error(`AUTH_SCRYPT_LOG_N must be a whole number from 10 to 20, not "${value}"`)
  }
  return { hashConfig: { logN, r: 8, p: 1 } }
}
