import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  listRemittanceViews,
  recordRemittanceWorkflow,
  retrieveRemittanceView,
} from "../../../workflows/remittance"
import type {
  AdminRemittanceListResponse,
  AdminRemittanceResponse,
} from "../../../types/http/remittances"
import type { AdminCreateRemittanceBodyType, AdminRemittancesParamsType } from "./validators"

/**
 * GET /admin/remittances: 汇款认领's queue, newest first: by `status`
 * (matched, underpaid, overpaid, name_mismatch, unmatched), `q` (part of the
 * payer, 附言, reference, 流水号 or account), `import_id`; paged.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminRemittancesParamsType>,
  res: MedusaResponse<AdminRemittanceListResponse>
) {
  const { limit, offset, ...filters } = req.validatedQuery
  const { remittances, count } = await listRemittanceViews(req.scope, filters, { limit, offset })
  res.json({ remittances, count, limit, offset })
}

/**
 * POST /admin/remittances: records a bank credit by hand and matches it by
 * the reference in its 附言 (`remark`): `status` matched (captured),
 * underpaid, overpaid, name_mismatch (confirm to capture) or unmatched.
 * A 流水号 already recorded answers 422 (already recorded).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateRemittanceBodyType>,
  res: MedusaResponse<AdminRemittanceResponse>
) {
  const body = req.validatedBody
  const { result } = await recordRemittanceWorkflow(req.scope).run({
    input: {
      amount: body.amount,
      payer_name: body.payer_name,
      payer_account: body.payer_account || null,
      bank: body.bank || null,
      paid_on: body.paid_at.paid_on,
      paid_at: body.paid_at.paid_at,
      bank_serial: body.bank_serial || null,
      remark: body.remark || null,
      source: "manual",
      recorded_by: req.auth_context?.actor_id ?? null,
    },
  })
  const remittance = (await retrieveRemittanceView(req.scope, result.id))!
  res.status(200).json({ remittance })
}
