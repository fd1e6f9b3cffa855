import path from "node:path"
import type { NextConfig } from "next"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // compression is the reverse proxy's (deploy/nginx/meixian.conf), not a Node core's
  compress: false,
  // Next's file-system cache, refusing to store a render that raced a
  // revalidation (lib/page-cache/cache-handler.mjs)
  cacheHandler: path.join(__dirname, "lib/page-cache/cache-handler.mjs"),
  // a bulk order's spreadsheet (at most 5 MB) goes through a server action
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // STOREFRONT_BUILD_TYPECHECK=off: `next build` leaves out its type check (about a
  // minute of CPU here). The tests' builds set it: `npm run typecheck` checks the same
  // files (`tsc -p storefront`), and CI runs it before the tests.
  typescript: { ignoreBuildErrors: process.env.STOREFRONT_BUILD_TYPECHECK === "off" },
}

export default config
