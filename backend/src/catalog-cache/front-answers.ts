import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http"
import fresh from "fresh"
import { container } from "@medusajs/framework"
import { catalogueGeneration, keepReplay, replayedAnswer } from "./index"
import { JSON_CONTENT_TYPE, type ReadyAnswer, type ReplayedAnswer } from "./ready-answers"

/**
 * The catalogue cache's answers replayed before Medusa's Express app sees the
 * request. About three quarters of a cached answer's CPU went to Express
 * (its router over every layer, the session, the request's container scope,
 * the key and locale middlewares) before the cache middleware
 * (api/store/products/serve-from-cache.ts) answered; so a guest's request
 * that is the same, byte for byte in its URL and its headers, as one the
 * Express app answered from the cache under the current catalogue version is
 * answered here with that answer's body and headers.
 *
 * Nothing about the answer is decided here: whatever the Express app's
 * middlewares read from the request (URL, publishable key, locale, origin)
 * is part of the signature, so the answer is the one they gave; the version
 * is read for this request as the middleware reads it (catalogueGeneration,
 * on a connection of its own: fresh-state.ts), so a change to the catalogue,
 * a price list's start or end or a publishable key's revocation (all move
 * the version) is seen at once. Requests with
 * credentials (an Authorization header or a cookie: a buyer's prices depend on
 * who they are) and anything but GET go to the Express app as ever.
 *
 * Hooked in through Medusa's instrumentation file (backend/instrumentation.ts),
 * which `medusa start` loads right before it makes its HTTP server
 * (installFrontAnswers).
 */

/** Request headers that do not change the answer: the connection's, the caller's, or checked on replay. */
const IGNORED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "user-agent",
  "accept",
  "accept-encoding",
  "cache-control",
  "pragma",
  "if-none-match",
  "if-modified-since",
  "referer",
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-real-ip",
  "x-request-id",
  "traceparent",
  "tracestate",
  "dnt",
  "priority",
])
const IGNORED_PREFIXES = ["sec-fetch-", "sec-ch-"]

/** Response headers of one response only, never replayed. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding"])

/** The requests the catalogue cache can answer: the product list and one product. */
const PRODUCTS_PREFIX = "/store/products"

/** What the cache middleware answered a request with, and under which generation. */
const served = new WeakMap<IncomingMessage, { generation: string; answer: ReadyAnswer }>()

/** Called by the cache middleware with the answer it sent (a hit or a stored miss). */
export function noteServedAnswer(req: IncomingMessage, generation: string, answer: ReadyAnswer) {
  served.set(req, { generation, answer })
}

/**
 * The request's signature: its URL and every header that may change the
 * answer, or null when it is not one to answer here.
 */
export function requestSignature(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url?.startsWith(PRODUCTS_PREFIX)) return null
  const headers = req.headers
  if (headers.authorization !== undefined || headers.cookie !== undefined) return null
  if (headers["transfer-encoding"] !== undefined) return null
  if (headers["content-length"] !== undefined && headers["content-length"] !== "0") return null
  const kept: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (IGNORED_HEADERS.has(name) || IGNORED_PREFIXES.some((p) => name.startsWith(p))) continue
    kept.push(`${name}:${Array.isArray(value) ? value.join(",") : value}`)
  }
  return `${req.url}\n${kept.sort().join("\n")}`
}

/**
 * Keeps what the Express app sent, when it was a stored answer: sent whole,
 * or as 304 to a caller who had it (then with the type and length the whole
 * answer goes out with).
 */
function keepSent(req: IncomingMessage, res: ServerResponse, signature: string) {
  const note = served.get(req)
  if (!note || (res.statusCode !== 200 && res.statusCode !== 304)) return
  const headers = res.getHeaders()
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return
  if (res.statusCode === 200 && Number(headers["content-length"]) !== note.answer.body.length)
    return
  const kept: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (!PER_RESPONSE.has(name) && value !== undefined) kept[name] = value
  }
  kept["content-type"] = JSON_CONTENT_TYPE
  kept["content-length"] = note.answer.body.length
  kept["x-catalogue-cache"] = "replay"
  keepReplay(note.generation, signature, { answer: note.answer, headers: kept })
}

/** Sends a kept answer, or 304 when the caller has it (as Express's `res.send` does). */
function replay(req: IncomingMessage, res: ServerResponse, { answer, headers }: ReplayedAnswer) {
  const etag = typeof headers.etag === "string" ? headers.etag : undefined
  if (etag && fresh(req.headers, { etag })) {
    const notModified: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(headers)) {
      if (name !== "content-type" && name !== "content-length") notModified[name] = value
    }
    res.writeHead(304, notModified)
    res.end()
    return
  }
  res.writeHead(200, headers)
  res.end(answer.body)
}

/** Answers `req` from a kept answer, or hands it to the Express app (`next`). */
export async function answerInFront(
  req: IncomingMessage,
  res: ServerResponse,
  next: () => Promise<unknown>
): Promise<void> {
  const signature = process.env.CATALOGUE_CACHE === "off" ? null : requestSignature(req)
  if (signature !== null) {
    try {
      const generation = await catalogueGeneration(container, true)
      const kept = generation ? replayedAnswer(generation, signature) : undefined
      if (kept) return replay(req, res, kept)
    } catch {
      // the cache is an optimisation: the Express app answers (and logs what failed)
    }
    res.once("finish", () => keepSent(req, res, signature))
  }
  await next()
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => unknown

/**
 * Puts answerInFront before the request listener of the next HTTP server
 * made in this process: `medusa start`'s, made right after it loads the
 * instrumentation file. Medusa's own hook there (`traceRequestHandler`, for
 * OpenTelemetry) is not used: Medusa finds each request's route by walking
 * every layer of the Express app before it calls the hook, which measured
 * as 40 % of a replayed answer's CPU.
 */
export function installFrontAnswers() {
  const createServer = http.createServer
  const inFront =
    (listener: RequestListener): RequestListener =>
    (req, res) =>
      // never rejects: what fails before the hand-over goes to the Express app
      void answerInFront(req, res, async () => listener(req, res)).catch(() => undefined)
  http.createServer = ((...args: unknown[]) => {
    http.createServer = createServer
    const [first, second] = args
    if (typeof first === "function") return createServer(inFront(first as RequestListener))
    if (typeof second === "function")
      return createServer(first as http.ServerOptions, inFront(second as RequestListener))
    return createServer(...(args as []))
  }) as typeof http.createServer
}
