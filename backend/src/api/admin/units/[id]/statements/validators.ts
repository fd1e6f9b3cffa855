import { type z } from "@medusajs/framework/zod"
import { statementPeriodSchema } from "../../../../../shared/unit-report"

export const AdminIssueUnitStatement = statementPeriodSchema
export type AdminIssueUnitStatementType = z.infer<typeof AdminIssueUnitStatement>
