import type { IncomingMessage } from "node:http"
import ipaddr from "ipaddr.js"
import proxyaddr from "proxy-addr"

/**
 * The address a sign-in comes from, for the per-client limits. Medusa's
 * Express app trusts one proxy hop (`trust proxy` 1), which lets any client
 * that reaches it directly choose its own `req.ip` through X-Forwarded-For;
 * the limits therefore read the address with their own, stricter trust list
 * (AUTH_TRUSTED_PROXIES, default `loopback`): X-Forwarded-For entries are
 * believed only as far as they were added by a trusted peer, walking from
 * the socket outwards, exactly as Express does for `trust proxy`.
 *
 * IPv4-mapped IPv6 addresses count as IPv4; an IPv6 client counts by its /64
 * network (one household or office gets a whole /64).
 *
 * A request whose address is itself trusted (the storefront or a proxy on
 * this host that did not say whom it speaks for) answers null: such a peer
 * speaks for many clients, and limiting it would lock everybody out at once.
 */
export function clientAddressOf(
  req: IncomingMessage,
  trust: (addr: string, i: number) => boolean
): string | null {
  const address = proxyaddr(req, trust)
  if (trust(address, 0)) return null
  return clientKey(address)
}

export function clientKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return "unknown"
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  }
  if (parsed.kind() === "ipv4") return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16))
  return `${parts.join(":")}::/64`
}

export function compileTrust(trustedProxies: string[]) {
  return proxyaddr.compile(trustedProxies)
}
