import Medusa from "@medusajs/js-sdk"

/**
 * JS SDK client for admin customizations; authenticates with the admin
 * session cookie. Vite replaces `import.meta.env` in the admin bundle; the
 * admin is type-checked with its own browser settings (src/admin/tsconfig.json),
 * not the server's CommonJS ones.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: {
    type: "session",
  },
})
