/**
 * The unit price drawer's form: tiers typed as text, checked by the API's own
 * rules (shared/unit-prices.ts, their Chinese messages on the fields), plus
 * the confirmation a tier above the retail price needs.
 */
import { z } from "zod"
import { tiersAboveRetail, unitPriceTiersSchema } from "../../../shared/unit-prices"
import type {
  AdminUnitPriceVariant,
  UnitPriceSetRequest,
  UnitPriceTierInput,
} from "../../../types/http/unit-prices"
import type { TranslateFn } from "../../i18n/use-t"

export type TierRowValues = { min_quantity: string; amount: string }

export type UnitPriceFormValues = {
  tiers: TierRowValues[]
  confirm_above_retail: boolean
}

/** What the form starts from: the variant's tiers, or one empty tier from 1 box. */
export const unitPriceFormValues = (variant: AdminUnitPriceVariant): UnitPriceFormValues => ({
  tiers: variant.tiers.length
    ? variant.tiers.map((tier) => ({
        min_quantity: String(tier.min_quantity),
        amount: tier.amount,
      }))
    : [{ min_quantity: "1", amount: "" }],
  confirm_above_retail: false,
})

/** A typed quantity as a number: whole digits (full-width too), anything else NaN (refused as 整数). */
const quantity = (text: string) => {
  const digits = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN
}

/** The tiers as the API takes them (amounts trimmed; the shared schema makes them exact). */
export const tiersOf = (rows: TierRowValues[]): UnitPriceTierInput[] =>
  rows.map((row) => ({ min_quantity: quantity(row.min_quantity), amount: row.amount.trim() }))

/** The tiers above `retail` among typed rows (only rows whose amount reads as money). */
export const rowsAboveRetail = (rows: TierRowValues[], retail: string | null) =>
  retail ? tiersAboveRetail(tiersOf(rows), retail).map((tier) => tier.amount) : []

export const unitPriceFormSchema = (t: TranslateFn, retail: string | null) =>
  z
    .object({
      tiers: z
        .array(z.object({ min_quantity: z.string(), amount: z.string() }))
        .transform((rows): z.input<typeof unitPriceTiersSchema> => tiersOf(rows))
        .pipe(unitPriceTiersSchema),
      confirm_above_retail: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (
        retail &&
        !values.confirm_above_retail &&
        tiersAboveRetail(values.tiers, retail).length > 0
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["confirm_above_retail"],
          message: t("unitPrice.drawer.aboveRetailRequired"),
        })
      }
    })

export type UnitPriceFormOutput = z.output<ReturnType<typeof unitPriceFormSchema>>

/** The request: the confirmation is sent only when it was needed and given. */
export const unitPriceFormToBody = (values: UnitPriceFormOutput): UnitPriceSetRequest => ({
  tiers: values.tiers,
  ...(values.confirm_above_retail ? { confirm_above_retail: true } : {}),
})
