/**
 * The support team's first admin login. Override both in production with
 * ADMIN_EMAIL and ADMIN_PASSWORD; the defaults are for development only.
 */
export const DEFAULT_ADMIN_EMAIL = "admin@meixian-aid.cn"
export const DEFAULT_ADMIN_PASSWORD = "meixian-admin-2026"

export function adminCredentials(env: NodeJS.ProcessEnv = process.env) {
  return {
    email: env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD,
  }
}
