import { z } from "@medusajs/framework/zod"
import { chinaDay, DATE_PATTERN } from "../../../shared/china-time"
import { CONTROL_CHARACTER } from "../../../shared/text"
import {
  RECONCILIATION_PROVIDERS,
  RECONCILIATION_STATUSES,
} from "../../../types/http/payment-reconciliations"
import { orderedRange, pageParams } from "../../utils/validators"

/** A China day (YYYY-MM-DD) that exists. */
const day = (name: string) =>
  z
    .string({ message: `${name} must be a day like "2026-12-01"` })
    .trim()
    .refine(
      (v) => DATE_PATTERN.test(v) && chinaDay(new Date(`${v}T12:00:00+08:00`)) === v,
      `${name} must be a day like "2026-12-01"`
    )

const provider = z.enum(RECONCILIATION_PROVIDERS, {
  message: `provider must be one of ${RECONCILIATION_PROVIDERS.join(", ")}`,
})

/** GET /admin/payment-reconciliations */
export const AdminPaymentReconciliationsParams = z
  .object({
    provider: provider.optional(),
    status: z
      .enum(RECONCILIATION_STATUSES, {
        message: `status must be one of ${RECONCILIATION_STATUSES.join(", ")}`,
      })
      .optional(),
    from: day("from").optional(),
    to: day("to").optional(),
    ...pageParams(100, 30),
  })
  .strict()
  .refine(orderedRange, { message: "from must not be after to", path: ["from"] })
export type AdminPaymentReconciliationsParamsType = z.infer<
  typeof AdminPaymentReconciliationsParams
>

/** POST /admin/payment-reconciliations: a day before today (a bill exists only for past days). */
export const AdminRunPaymentReconciliationBody = z
  .object({
    provider,
    bill_date: day("bill_date").refine(
      (v) => v < chinaDay(new Date()),
      "bill_date must be a day before today: a provider's bill is published the next morning"
    ),
  })
  .strict()
export type AdminRunPaymentReconciliationBodyType = z.infer<
  typeof AdminRunPaymentReconciliationBody
>

/** POST …/differences/:difference_id/resolve: what was done about it. */
export const AdminResolveDifferenceBody = z
  .object({
    note: z
      .string({ message: "note is required: what was done about this difference" })
      .trim()
      .min(1, "note is required: what was done about this difference")
      .max(500, "note is at most 500 characters")
      .refine((v) => !CONTROL_CHARACTER.test(v), "note must not contain control characters"),
  })
  .strict()
export type AdminResolveDifferenceBodyType = z.infer<typeof AdminResolveDifferenceBody>
