import { type z } from "@medusajs/framework/zod"
import { statementPeriodSchema } from "../../../../../shared/unit-report"

export const StoreIssueUnitStatement = statementPeriodSchema
export type StoreIssueUnitStatementType = z.infer<typeof StoreIssueUnitStatement>
