/**
 * The 协议价 period drawer's form: two dates typed as text ("" for open),
 * checked by the API's own rule (shared/unit-prices.ts, its Chinese messages).
 */
import { z } from "zod"
import { negotiatedPeriodSchema } from "../../../shared/unit-prices"
import type { NegotiatedPriceList } from "../../../types/http/unit-prices"

export type NegotiatedPeriodFormValues = { valid_from: string; valid_until: string }

export const negotiatedPeriodFormValues = (
  list: NegotiatedPriceList | null
): NegotiatedPeriodFormValues => ({
  valid_from: list?.valid_from ?? "",
  valid_until: list?.valid_until ?? "",
})

const orNull = (v: string) => (v.trim() ? v.trim() : null)

export const negotiatedPeriodFormSchema = z
  .object({ valid_from: z.string(), valid_until: z.string() })
  .transform((v) => ({ valid_from: orNull(v.valid_from), valid_until: orNull(v.valid_until) }))
  .pipe(negotiatedPeriodSchema)

export type NegotiatedPeriodFormOutput = z.output<typeof negotiatedPeriodFormSchema>
