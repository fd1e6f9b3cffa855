import { z } from "@medusajs/framework/zod"

const day = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date like 2026-01-31`)
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${name} is not a calendar date`
    )

/** The support team names the farm with ?partner_id=; a farm account's own partner always wins. */
const partner = { partner_id: z.string().trim().min(1).max(80).optional() }
const page = (max: number, fallback: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(fallback),
  offset: z.coerce.number().int().min(0).default(0),
})

const quantity = z.number().int("quantity must be a whole number").min(-1_000_000).max(1_000_000)

export const FarmInventoryBody = z.object({
  changes: z
    .array(
      z
        .object({
          variant_id: z.string().trim().min(1),
          /** the new stocked quantity */
          set: quantity.min(0, "set must not be negative").optional(),
          /** units to add (negative: to remove) */
          adjust: quantity.optional(),
        })
        .refine(
          (c) => (c.set === undefined) !== (c.adjust === undefined),
          "give either set or adjust for each variant"
        )
    )
    .min(1, "give at least one change")
    .max(200)
    .refine(
      (c) => new Set(c.map((x) => x.variant_id)).size === c.length,
      "a variant appears twice"
    ),
  note: z.string().trim().max(200).optional(),
})
export type FarmInventoryBodyType = z.infer<typeof FarmInventoryBody>

export const FarmBatchBody = z.object({
  variant_id: z.string().trim().min(1),
  batch_code: z
    .string()
    .trim()
    .min(1, "batch_code is required")
    .max(40)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
      "batch_code may use letters, digits, dot, dash and underscore"
    ),
  harvested_on: day("harvested_on"),
  quantity: z.number().int().min(1, "quantity must be at least 1").max(1_000_000),
  note: z.string().trim().max(200).optional(),
})
export type FarmBatchBodyType = z.infer<typeof FarmBatchBody>

export const FarmVariantBody = z.object({
  low_stock_threshold: z.number().int().min(0).max(1_000_000).nullable(),
})
export type FarmVariantBodyType = z.infer<typeof FarmVariantBody>

export const FarmPresaleBody = z.object({
  /** the day pre-sale orders ship; null ends the pre-sale */
  ships_from: day("ships_from").nullable(),
  /** units that may be sold before the harvest, per variant (sets the stock) */
  capacity: z
    .array(
      z.object({
        variant_id: z.string().trim().min(1),
        quantity: z.number().int().min(0).max(1_000_000),
      })
    )
    .max(50)
    .optional(),
})
export type FarmPresaleBodyType = z.infer<typeof FarmPresaleBody>

export const FarmShipmentBody = z.object({
  order_id: z.string().trim().min(1),
  items: z
    .array(z.object({ id: z.string().trim().min(1), quantity: z.number().int().min(1) }))
    .min(1, "give at least one line")
    .refine((i) => new Set(i.map((x) => x.id)).size === i.length, "a line appears twice"),
  carrier: z.string().trim().min(1, "carrier is required").max(40),
  tracking_number: z
    .string()
    .trim()
    .min(4, "tracking_number is too short")
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, "tracking_number may use letters, digits and dashes"),
})
export type FarmShipmentBodyType = z.infer<typeof FarmShipmentBody>

export const FarmListParams = z.object({ ...partner, ...page(200, 50) })
export const FarmPartnerParams = z.object({ ...partner })

export const FarmOrderLinesParams = z.object({
  ...partner,
  ...page(100, 20),
  status: z.enum(["open", "all"]).default("open"),
})
export type FarmOrderLinesParamsType = z.infer<typeof FarmOrderLinesParams>

export const FarmAuditParams = z.object({
  ...partner,
  ...page(200, 50),
  variant_id: z.string().trim().min(1).optional(),
  reason: z.enum(["sale", "manual", "batch", "return", "presale"]).optional(),
})
export type FarmAuditParamsType = z.infer<typeof FarmAuditParams>

export const FarmEntriesParams = z
  .object({ ...partner, ...page(500, 50), from: day("from").optional(), to: day("to").optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "from must not be after to",
    path: ["from"],
  })
export type FarmEntriesParamsType = z.infer<typeof FarmEntriesParams>

export const FarmStatementParams = z.object({
  ...partner,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must look like 2026-03")
    .optional(),
  format: z.enum(["json", "csv"]).default("json"),
})
export type FarmStatementParamsType = z.infer<typeof FarmStatementParams>

export const FarmStaffBody = z.object({
  email: z.string().trim().toLowerCase().email("email is not an email address"),
})
export type FarmStaffBodyType = z.infer<typeof FarmStaffBody>
