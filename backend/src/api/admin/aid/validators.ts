import { z } from "@medusajs/framework/zod"
import {
  AID_BUYER_KINDS,
  AID_ENTRY_KINDS,
  AID_EXPORT_FORMATS,
  AID_GROUP_BY,
} from "../../../types/http/aid"
import { calendarDay as day, orderedRange, pageParams, rangeMessage } from "../../utils/validators"

const scope = {
  from: day("from").optional(),
  to: day("to").optional(),
  buyer_kind: z.enum(AID_BUYER_KINDS).optional(),
  /** a town's id or handle */
  town: z.string().trim().min(1).max(80).optional(),
  /** a partner's id or handle */
  partner: z.string().trim().min(1).max(80).optional(),
  /** a unit's id */
  unit: z.string().trim().min(1).max(80).optional(),
}

export const AdminAidSummaryParams = z
  .object({
    ...scope,
    group_by: z.enum(AID_GROUP_BY).default("town"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidSummaryParamsType = z.infer<typeof AdminAidSummaryParams>

export const AdminAidSummaryExportParams = z
  .object({
    ...scope,
    group_by: z.enum(AID_GROUP_BY).default("town"),
    format: z.enum(AID_EXPORT_FORMATS).default("csv"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidSummaryExportParamsType = z.infer<typeof AdminAidSummaryExportParams>

export const AdminAidEntriesParams = z
  .object({
    ...scope,
    order_id: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(AID_ENTRY_KINDS).optional(),
    ...pageParams(500, 50),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidEntriesParamsType = z.infer<typeof AdminAidEntriesParams>

export const AdminAidEntriesExportParams = z
  .object({
    ...scope,
    order_id: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(AID_ENTRY_KINDS).optional(),
    format: z.enum(AID_EXPORT_FORMATS).default("csv"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidEntriesExportParamsType = z.infer<typeof AdminAidEntriesExportParams>

export const AdminAidTargetsParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})
export type AdminAidTargetsParamsType = z.infer<typeof AdminAidTargetsParams>

const yuan = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine(
    (v) => /^\d{1,12}(\.\d{1,2})?$/.test(v),
    "must be an amount in yuan with at most two decimals"
  )

export const AdminSetAidTargets = z.object({
  year: z.number().int().min(2000).max(2100),
  targets: z
    .array(z.object({ town_id: z.string().trim().min(1), amount: yuan.nullable() }))
    .min(1, "give at least one town")
    .refine((t) => new Set(t.map((x) => x.town_id)).size === t.length, "a town appears twice"),
})
export type AdminSetAidTargetsType = z.infer<typeof AdminSetAidTargets>

/** GET /admin/aid/awaiting-payment takes no parameters. */
export const AdminAidAwaitingPaymentParams = z.object({}).strict()
export type AdminAidAwaitingPaymentParamsType = z.infer<typeof AdminAidAwaitingPaymentParams>
