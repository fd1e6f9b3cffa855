import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_REPORT_MODULE, type UnitReportModuleService } from "../../../modules/unit-report"
import { newStatementCode, type StatementContent } from "../../../modules/unit-report/statement"

export type CreateUnitStatementStepInput = {
  unit_id: string
  unit_name: string
  credit_code: string
  from: string
  to: string
  content: StatementContent
  fingerprint: string
  entry_count: number
  issued_by: "unit" | "support"
  issued_by_id: string | null
}

export const createUnitStatementStepId = "create-unit-statement"

/** Stores the issued statement with a fresh verification code; removed again on failure. */
export const createUnitStatementStep = createStep(
  createUnitStatementStepId,
  async (input: CreateUnitStatementStepInput, { container }) => {
    const service = container.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    const { content, from, to, ...rest } = input
    const statement = await service.createAidStatements({
      ...rest,
      code: newStatementCode(),
      from_day: from,
      to_day: to,
      total: content.total,
      content,
    })
    return new StepResponse(statement, statement.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE).deleteAidStatements([id])
  }
)
