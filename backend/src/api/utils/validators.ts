import { z } from "@medusajs/framework/zod"
import { DATE_PATTERN } from "../../shared/china-time"

/**
 * Zod building blocks the resources' validators share (as Medusa core's
 * api/utils/validators.ts does): each keeps the messages clients see.
 */

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
export const calendarDay = (name: string, example = "2026-01-31") =>
  z
    .string()
    .regex(DATE_PATTERN, `${name} must be a date like ${example}`)
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${name} is not a calendar date`
    )

/** `limit` (1 to `max`, default `fallback`) and `offset` of a paged list. */
export const pageParams = (max: number, fallback: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(fallback),
  offset: z.coerce.number().int().min(0).default(0),
})

/** A searchable list: `q` and a page of at most 200 (default 50). */
export const listParams = {
  q: z.string().trim().min(1).max(80).optional(),
  ...pageParams(200, 50),
}

/** A "true"/"false" query flag, as a boolean. */
export const booleanFlag = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional()

/** `from` must not be after `to` (both optional days). */
export const orderedRange = (v: { from?: string; to?: string }) =>
  !v.from || !v.to || v.from <= v.to
export const rangeMessage = { message: "from must not be after to", path: ["from"] }
