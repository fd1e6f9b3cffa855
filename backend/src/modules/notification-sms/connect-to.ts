import http from "node:http"
import net from "node:net"

/**
 * An HTTP agent that opens every connection to `base` (e.g. a gateway of the
 * merchant's network, or the tests' stand-in) while the request keeps its
 * own URL: the Host header and the signature still name the SMS service's
 * host, as curl's --connect-to does.
 */
export function connectToAgent(base: string): http.Agent {
  const url = new URL(base)
  if (url.protocol !== "http:") {
    throw new Error("SMS_API_BASE must be an http:// address (a gateway inside the network)")
  }
  const port = Number(url.port || 80)
  const agent = new http.Agent({ keepAlive: true })
  agent.createConnection = () => net.connect({ host: url.hostname, port })
  return agent
}
