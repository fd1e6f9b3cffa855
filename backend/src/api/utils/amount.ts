import type BigNumber from "bignumber.js"

/**
 * The exact value of a module record's big-number field: Medusa keeps the
 * decimal text in `raw_<field>.value` beside the rounded number in `<field>`.
 * `exactValue(record.raw_amount, record.amount)`.
 */
export const exactValue = (raw: unknown, rounded: BigNumber.Value): BigNumber.Value =>
  (raw as { value?: BigNumber.Value } | null | undefined)?.value ?? rounded

/** `exactValue` of a record's `amount`. */
export const exactAmount = (record: { amount: BigNumber.Value; raw_amount?: unknown }) =>
  exactValue(record.raw_amount, record.amount)
