import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"
import type { ErrorResponse } from "../../../types/http/common"
import { refuseUnitFields } from "../units/unit-scope"

/** Misses allowed per client address in 10 minutes. */
export const VERIFY_MISSES = 30

/**
 * Codes that do not exist, per client address: 30 in 10 minutes, then 429.
 * The codes' 100 random bits already make guessing hopeless (2^100 codes for
 * a few thousand statements); this only keeps a scanner from wasting the
 * database's time. Per process (a counter in memory).
 */
export const verifyMisses = new RateLimiterMemory({
  keyPrefix: "statement-verify-miss",
  points: VERIFY_MISSES,
  duration: 600,
})

export const clientOf = (req: MedusaRequest) => req.ip || req.socket?.remoteAddress || "unknown"

async function limitMisses(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const state = await verifyMisses.get(clientOf(req))
  if (state && state.consumedPoints >= VERIFY_MISSES) {
    res.setHeader("Retry-After", String(Math.ceil(state.msBeforeNext / 1000)))
    res.status(429).json({ type: "not_allowed", message: "查询过于频繁，请稍后再试" })
    return
  }
  next()
}

/** Spends one miss for the client (never throws: an exhausted counter is the middleware's 429 next time). */
export async function countMiss(req: MedusaRequest) {
  await verifyMisses.consume(clientOf(req)).catch((e: unknown) => {
    if (!(e instanceof RateLimiterRes)) throw e
  })
}

/** GET /store/statements/:code: public (the publishable key only), no `fields`. */
export const storeStatementMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/statements/:code",
    methods: ["GET"],
    middlewares: [refuseUnitFields, limitMisses],
  },
]
