import { z } from "@medusajs/framework/zod"
import { FARM_STOCK_REASONS } from "../../../types/http/farm"
import { FARM_ORDER_LINE_STATUSES, FARM_STATEMENT_FORMATS } from "../../../types/http/farm-sales"
import {
  calendarDay as day,
  orderedRange,
  pageParams as page,
  rangeMessage,
} from "../../utils/validators"

/** The support team names the farm with ?partner_id=; a farm account's own partner always wins. */
const partner = { partner_id: z.string().trim().min(1).max(80).optional() }

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
export type FarmListParamsType = z.infer<typeof FarmListParams>
export const FarmPartnerParams = z.object({ ...partner })
export type FarmPartnerParamsType = z.infer<typeof FarmPartnerParams>

export const FarmOrderLinesParams = z.object({
  ...partner,
  ...page(100, 20),
  status: z.enum(FARM_ORDER_LINE_STATUSES).default("open"),
})
export type FarmOrderLinesParamsType = z.infer<typeof FarmOrderLinesParams>

export const FarmAuditParams = z.object({
  ...partner,
  ...page(200, 50),
  variant_id: z.string().trim().min(1).optional(),
  reason: z.enum(FARM_STOCK_REASONS).optional(),
})
export type FarmAuditParamsType = z.infer<typeof FarmAuditParams>

export const FarmEntriesParams = z
  .object({ ...partner, ...page(500, 50), from: day("from").optional(), to: day("to").optional() })
  .refine(orderedRange, rangeMessage)
export type FarmEntriesParamsType = z.infer<typeof FarmEntriesParams>

export const FarmStatementParams = z.object({
  ...partner,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must look like 2026-03")
    .optional(),
  format: z.enum(FARM_STATEMENT_FORMATS).default("json"),
})
export type FarmStatementParamsType = z.infer<typeof FarmStatementParams>
