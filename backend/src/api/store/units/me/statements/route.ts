import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  StoreUnitStatementListResponse,
  StoreUnitStatementResponse,
} from "../../../../../types/http/unit-report"
import {
  issueUnitStatementWorkflow,
  listUnitStatements,
  toUnitStatement,
} from "../../../../../workflows/unit-report"
import { statementLinks } from "../../../../utils/statement-files"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreIssueUnitStatementType } from "./validators"

export const STORE_STATEMENTS_PATH = "/store/units/me/statements"

/** GET /store/units/me/statements: the unit's statements, newest first, each current or not. */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreUnitStatementListResponse>) {
  const { unit_id } = membershipOf(req)
  res.json({ statements: await listUnitStatements(req.scope, unit_id) })
}

/**
 * POST /store/units/me/statements { from, to }: issues a statement of the
 * unit's aid purchases over those China days (管理员 and 财务), with its
 * verification code and download links.
 */
export async function POST(
  req: UnitRequest<StoreIssueUnitStatementType> & { validatedBody: StoreIssueUnitStatementType },
  res: MedusaResponse<StoreUnitStatementResponse>
) {
  const { unit_id, customer_id } = membershipOf(req)
  const { result } = await issueUnitStatementWorkflow(req.scope).run({
    input: { ...req.validatedBody, unit_id, issued_by: "unit", issued_by_id: customer_id },
  })
  res.status(201).json({
    statement: toUnitStatement(result),
    ...statementLinks(STORE_STATEMENTS_PATH, result.id),
  })
}
