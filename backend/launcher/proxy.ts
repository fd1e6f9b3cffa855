/**
 * The launcher's reverse proxy in front of several Medusa server processes on
 * one machine (MEDUSA_SERVERS > 1): it listens on the public port and hands
 * each request to the server with the fewest requests in flight (in turn when
 * they are even). A server that refuses connections (starting, restarting,
 * died) is skipped until its /health answers again; a request it refused is
 * sent to another server, which is safe because nothing of it was sent yet.
 * The client's address is appended to X-Forwarded-For, as the sign-in limits
 * expect from a proxy on the same host (docs/authentication.md).
 *
 * It holds no state of its own: carts, sessions and orders live in Postgres
 * and Redis, so any server answers any request.
 */
import http from "node:http"
import type { Socket } from "node:net"

/** A server behind the proxy: requests in flight, requests answered, whether it takes connections. */
type Upstream = { port: number; inFlight: number; served: number; up: boolean }

/** Headers that belong to one connection and are not forwarded (RFC 9110 7.6.1). */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "upgrade",
])

const HEALTH_INTERVAL_MS = 2_000

function forwardable(headers: http.IncomingHttpHeaders | http.OutgoingHttpHeaders) {
  const out: http.OutgoingHttpHeaders = {}
  const named = String(headers.connection ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.includes(name)) out[name] = value
  }
  return out
}

export type Proxy = { close: () => Promise<void>; upstreams: () => Upstream[] }

/** Starts the proxy on host:port in front of the servers on 127.0.0.1:<upstreamPorts>. */
export async function startProxy(
  host: string,
  port: number,
  upstreamPorts: number[]
): Promise<Proxy> {
  const upstreams: Upstream[] = upstreamPorts.map((p) => ({
    port: p,
    inFlight: 0,
    served: 0,
    up: true,
  }))
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  let turn = 0

  const pick = (tried: Set<Upstream>): Upstream | undefined => {
    const candidates = upstreams.filter((u) => !tried.has(u))
    const live = candidates.filter((u) => u.up)
    const pool = live.length ? live : candidates
    if (!pool.length) return undefined
    const least = Math.min(...pool.map((u) => u.inFlight))
    const even = pool.filter((u) => u.inFlight === least)
    return even[turn++ % even.length]
  }

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, tried: Set<Upstream>) => {
    const upstream = pick(tried)
    if (!upstream) {
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json; charset=utf-8" })
      }
      res.end(JSON.stringify({ type: "unavailable", message: "服务暂时不可用，请稍后再试" }))
      return
    }
    tried.add(upstream)
    const headers = forwardable(req.headers)
    const client = req.socket.remoteAddress ?? ""
    const forwardedFor = req.headers["x-forwarded-for"]
    headers["x-forwarded-for"] = forwardedFor ? `${forwardedFor}, ${client}` : client
    headers["x-forwarded-proto"] ??= "http"
    if (req.headers.host) headers["x-forwarded-host"] ??= req.headers.host

    let sent = false
    upstream.inFlight++
    let settled = false
    const settle = () => {
      if (!settled) {
        settled = true
        upstream.inFlight--
      }
    }
    const outgoing = http.request({
      host: "127.0.0.1",
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers,
      agent,
    })
    // a request without a body (GET, HEAD) may be sent again; one with a body only if none of it left
    const bodiless =
      ["GET", "HEAD", "OPTIONS"].includes(req.method ?? "") &&
      !req.headers["content-length"] &&
      !req.headers["transfer-encoding"]
    const send = () => {
      sent = true
      if (bodiless) outgoing.end()
      else req.pipe(outgoing)
    }
    outgoing.on("socket", (socket: Socket) => {
      if (socket.connecting) socket.once("connect", send)
      else send()
    })
    outgoing.on("response", (answer) => {
      upstream.up = true
      upstream.served++
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers))
      answer.pipe(res)
      answer.on("end", settle)
      answer.on("error", () => {
        settle()
        res.destroy()
      })
    })
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      settle()
      const refused = error.code === "ECONNREFUSED" || error.code === "ECONNRESET"
      if (refused && !res.headersSent && (!sent || bodiless)) {
        // nothing of the request was taken by this server: another one takes it
        if (!sent) upstream.up = false
        forward(req, res, tried)
        return
      }
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json; charset=utf-8" })
        res.end(JSON.stringify({ type: "unavailable", message: "服务暂时不可用，请稍后再试" }))
      } else {
        res.destroy()
      }
    })
    res.on("close", () => {
      settle()
      if (!res.writableFinished) outgoing.destroy()
    })
  }

  // a server marked down is tried again once its /health answers
  const health = setInterval(() => {
    for (const upstream of upstreams.filter((u) => !u.up)) {
      const check = http.get(
        { host: "127.0.0.1", port: upstream.port, path: "/health", timeout: 1_000 },
        (answer) => {
          answer.resume()
          if (answer.statusCode === 200) upstream.up = true
        }
      )
      check.on("error", () => undefined)
      check.on("timeout", () => check.destroy())
    }
  }, HEALTH_INTERVAL_MS)
  health.unref()

  const server = http.createServer((req, res) => forward(req, res, new Set()))
  // Medusa's own limits apply behind the proxy; the proxy keeps client connections alive as long
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => resolve())
  })
  return {
    upstreams: () => upstreams.map((u) => ({ ...u })),
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(health)
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      }),
  }
}
