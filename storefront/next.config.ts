import type { NextConfig } from "next"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // compression is the reverse proxy's (deploy/nginx/meixian.conf), not a Node core's
  compress: false,
  // a bulk order's spreadsheet (at most 5 MB) goes through a server action
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
}

export default config
