import { z } from "@medusajs/framework/zod"
import { quotaYear, unitQuotaSchema } from "../../../../../shared/unit-report"

export const StoreUnitQuotaParams = z.object({ year: quotaYear.optional() }).strict()
export type StoreUnitQuotaParamsType = z.infer<typeof StoreUnitQuotaParams>

export const StoreUnitQuota = unitQuotaSchema
export type StoreUnitQuotaType = z.infer<typeof StoreUnitQuota>
