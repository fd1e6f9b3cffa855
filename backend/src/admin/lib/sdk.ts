import Medusa from "@medusajs/js-sdk"

// Vite replaces `import.meta.env` in the admin bundle. backend/tsconfig.json
// type-checks src/ as CommonJS (module Node16), where `import.meta` is not
// allowed (TS1470), so that one diagnostic is silenced here; the admin-only
// tsconfig (src/admin/tsconfig.json) checks this line normally.
// @ts-ignore TS1470 under the backend's CommonJS settings
const backendUrl: string = import.meta.env.VITE_BACKEND_URL || "/"

/** JS SDK client for admin customizations; authenticates with the admin session cookie. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: {
    type: "session",
  },
})
