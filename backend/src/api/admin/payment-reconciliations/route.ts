import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  PAYMENT_RECONCILIATION_MODULE,
  type PaymentReconciliationModuleService,
} from "../../../modules/payment-reconciliation"
import {
  listPaymentReconciliationViews,
  reconcilePaymentDayWorkflow,
  retrievePaymentReconciliationView,
} from "../../../workflows/payment-reconciliation"
import type {
  AdminPaymentReconciliationListResponse,
  AdminPaymentReconciliationResponse,
} from "../../../types/http/payment-reconciliations"
import type {
  AdminPaymentReconciliationsParamsType,
  AdminRunPaymentReconciliationBodyType,
} from "./validators"

/**
 * GET /admin/payment-reconciliations: the days compared, newest first, by
 * `provider`, `status` and bill day range; with the providers configured.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminPaymentReconciliationsParamsType>,
  res: MedusaResponse<AdminPaymentReconciliationListResponse>
) {
  const { limit, offset, ...filters } = req.validatedQuery
  const list = await listPaymentReconciliationViews(req.scope, filters, { limit, offset })
  res.json({ ...list, limit, offset })
}

/**
 * POST /admin/payment-reconciliations `{ provider, bill_date }`: compares the
 * day (again) now. 400 when the provider is not configured.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRunPaymentReconciliationBodyType>,
  res: MedusaResponse<AdminPaymentReconciliationResponse>
) {
  const { provider, bill_date } = req.validatedBody
  const service = req.scope.resolve<PaymentReconciliationModuleService>(
    PAYMENT_RECONCILIATION_MODULE
  )
  if (!service.configuredProviders().includes(provider)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The payment provider ${provider} is not configured, so it has no bill to compare`
    )
  }
  const { result } = await reconcilePaymentDayWorkflow(req.scope).run({
    input: { provider, bill_date, trigger: "admin", actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ run: (await retrievePaymentReconciliationView(req.scope, result.id))! })
}
