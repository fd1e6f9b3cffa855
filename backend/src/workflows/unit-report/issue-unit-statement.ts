import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createUnitStatementStep } from "./steps/create-unit-statement"
import { loadStatementLedgerStep } from "./steps/load-statement-ledger"

export type IssueUnitStatementInput = {
  unit_id: string
  /** China days, from ≤ to (checked at the edge) */
  from: string
  to: string
  issued_by: "unit" | "support"
  issued_by_id: string | null
}

export const issueUnitStatementWorkflowId = "issue-unit-statement"

/**
 * Issues a statement of the unit's aid purchases over a period: reads the
 * ledger (figures, fingerprint) and stores the statement with a new
 * verification code. The PDF and XLSX are rendered from the stored record.
 */
export const issueUnitStatementWorkflow = createWorkflow(
  issueUnitStatementWorkflowId,
  (input: IssueUnitStatementInput) => {
    const ledger = loadStatementLedgerStep({
      unit_id: input.unit_id,
      from: input.from,
      to: input.to,
    })
    const toCreate = transform({ input, ledger }, ({ input, ledger }) => ({
      ...input,
      ...ledger,
    }))
    return new WorkflowResponse(createUnitStatementStep(toCreate))
  }
)
