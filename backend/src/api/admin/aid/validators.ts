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

const scope = {
  from: day("from").optional(),
  to: day("to").optional(),
  buyer_kind: z.enum(["consumer", "unit"]).optional(),
  /** a town's id or handle */
  town: z.string().trim().min(1).max(80).optional(),
  /** a partner's id or handle */
  partner: z.string().trim().min(1).max(80).optional(),
}

const orderedRange = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to
const rangeMessage = { message: "from must not be after to", path: ["from"] }

export const AdminAidSummaryParams = z
  .object({
    ...scope,
    group_by: z.enum(["town", "partner", "month", "buyer_kind"]).default("town"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidSummaryParamsType = z.infer<typeof AdminAidSummaryParams>

export const AdminAidSummaryExportParams = z
  .object({
    ...scope,
    group_by: z.enum(["town", "partner", "month", "buyer_kind"]).default("town"),
    format: z.enum(["csv", "xlsx"]).default("csv"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidSummaryExportParamsType = z.infer<typeof AdminAidSummaryExportParams>

export const AdminAidEntriesParams = z
  .object({
    ...scope,
    order_id: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(["sale", "edit", "return", "refund", "cancellation", "correction"]).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidEntriesParamsType = z.infer<typeof AdminAidEntriesParams>

export const AdminAidEntriesExportParams = z
  .object({
    ...scope,
    order_id: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(["sale", "edit", "return", "refund", "cancellation", "correction"]).optional(),
    format: z.enum(["csv", "xlsx"]).default("csv"),
  })
  .refine(orderedRange, rangeMessage)
export type AdminAidEntriesExportParamsType = z.infer<typeof AdminAidEntriesExportParams>

export const AdminAidTargetsParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})

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
