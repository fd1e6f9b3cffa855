import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { explainHeavyExpress } from "../store/carts/express-limit"

/**
 * Messages of the locking providers when a lock stays taken (in memory:
 * "Failed to acquire lock for key …"; Redis: "… is already locked.",
 * "Timed-out acquiring lock."). Medusa's cart workflows take a lock per cart
 * for two seconds; a request that waited that long conflicts with another.
 */
const LOCK_TAKEN = [
  /^Failed to acquire lock for key /,
  /is already locked\.$/,
  /^Timed-out acquiring lock\.$/,
]

/** MikroORM's refusal of an `order` the list's model does not have (Medusa checks it only where a route lists its fields). */
const UNKNOWN_ORDER = /^Trying to order by not existing property \w+\.(\S+)$/

/** SQLSTATE class 22: data exceptions, raised by a value the database cannot store or compare. */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/

type DatabaseError = {
  message?: unknown
  sqlState?: unknown
  code?: unknown
  previous?: DatabaseError
  cause?: DatabaseError
}

function sqlState(error: DatabaseError): string | null {
  for (const candidate of [error, error?.previous, error?.cause]) {
    const code = candidate?.sqlState ?? candidate?.code
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return null
}

/**
 * What a request error means for the caller, where Medusa core would answer
 * 500 for a request that is at fault or merely concurrent: a lock held by a
 * concurrent request is a 409 (retry); an `order` by a field the list does not
 * have and a data exception from Postgres are 400s, with a message that names
 * no SQL. Everything else is left to Medusa.
 */
export function translateError(error: unknown): unknown {
  if (!error || typeof error !== "object" || error instanceof MedusaError) return error
  const message = String((error as DatabaseError).message ?? "")
  if (LOCK_TAKEN.some((pattern) => pattern.test(message))) {
    return new MedusaError(
      MedusaError.Types.CONFLICT,
      "Another request is changing the same record; retry it"
    )
  }
  const order = UNKNOWN_ORDER.exec(message)
  if (order) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cannot order by "${order[1]}": it is not a field of this list`
    )
  }
  const state = sqlState(error)
  if (state && DATA_EXCEPTION.test(state)) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A value in the request is out of range or malformed for what it names (a number, a date or a text); check the values sent"
    )
  }
  return error
}

const core = errorHandler()

/**
 * The shop's error handler (`errorHandler` in defineMiddlewares): Medusa's
 * own, after `translateError`, and with Medusa's refusal of a heavy cart's
 * express option explained in Chinese (store/carts/express-limit.ts). The
 * original error of a translated one is logged as a warning, so a bug that
 * shows up as bad input stays visible.
 */
export function shopErrorHandler(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const answer = (explained: unknown) => {
    const translated = explained ?? translateError(error)
    if (translated !== error && !explained) {
      const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
      logger.warn(
        `${req.method} ${req.path}: ${(error as Error).message?.split("\n")[0]?.slice(0, 300)} → ${(translated as Error).message}`
      )
    }
    return core(translated as Parameters<typeof core>[0], req, res, next)
  }
  void explainHeavyExpress(error, req)
    .then(answer, () => answer(null))
    .catch((failed: unknown) => next(failed))
}
