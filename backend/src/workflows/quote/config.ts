import { parseFen } from "../../shared/money"
import { QUOTE_MIN_AMOUNT_DEFAULT } from "../../shared/quote"

/** The least cart total a quote may be requested for, in fen (env QUOTE_MIN_AMOUNT, yuan; default ¥2,000). */
export function quoteMinFen(): bigint {
  const configured = process.env.QUOTE_MIN_AMOUNT?.trim()
  const fen = configured ? parseFen(configured) : null
  return fen !== null && fen >= BigInt(0) ? fen : (parseFen(QUOTE_MIN_AMOUNT_DEFAULT) as bigint)
}

/** The quotes of a unit change one at a time (send, cancel, accept, approve): the unit's spending lock. */
export { lockUnitSpending as lockUnitQuotes } from "../unit-approval/lock"
