import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import type {
  AdminUnitStatementListResponse,
  AdminUnitStatementResponse,
} from "../../../../../types/http/unit-report"
import {
  issueUnitStatementWorkflow,
  listUnitStatements,
  toUnitStatement,
} from "../../../../../workflows/unit-report"
import { statementLinks } from "../../../../utils/statement-files"
import type { AdminIssueUnitStatementType } from "./validators"

const base = (unitId: string) => `/admin/units/${unitId}/statements`

/** GET /admin/units/:id/statements: the unit's statements (to reprint), newest first; unknown unit 404. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUnitStatementListResponse>
) {
  const unit = await req.scope.resolve<UnitModuleService>(UNIT_MODULE).retrieveUnit(req.params.id)
  res.json({ statements: await listUnitStatements(req.scope, unit.id) })
}

/** POST /admin/units/:id/statements { from, to }: the support team issues a statement for the unit. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminIssueUnitStatementType> & {
    validatedBody: AdminIssueUnitStatementType
  },
  res: MedusaResponse<AdminUnitStatementResponse>
) {
  const { result } = await issueUnitStatementWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      unit_id: req.params.id,
      issued_by: "support",
      issued_by_id: req.auth_context.actor_id,
    },
  })
  res
    .status(201)
    .json({ statement: toUnitStatement(result), ...statementLinks(base(req.params.id), result.id) })
}
