import { z } from "@medusajs/framework/zod"
import { quotaYear } from "../../../shared/unit-report"

export const AdminUnitQuotaParams = z.object({ year: quotaYear.optional() }).strict()
export type AdminUnitQuotaParamsType = z.infer<typeof AdminUnitQuotaParams>
