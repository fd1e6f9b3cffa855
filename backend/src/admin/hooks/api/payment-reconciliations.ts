/** 支付对账: /admin/payment-reconciliations (the days compared, run a day again, resolve a difference). */
import type {
  AdminPaymentReconciliationListResponse,
  AdminPaymentReconciliationResponse,
  AdminPaymentReconciliationsParams,
  AdminResolveReconciliationDifferenceRequest,
  AdminRunPaymentReconciliationRequest,
} from "../../../types/http/payment-reconciliations"
import { postJson } from "../../lib/client"
import { type MutationOptions, resourceQueries, useCacheMutation } from "./base"

const reconciliations = resourceQueries<
  AdminPaymentReconciliationsParams,
  AdminPaymentReconciliationListResponse,
  AdminPaymentReconciliationResponse
>("payment-reconciliations", "/admin/payment-reconciliations")
export const paymentReconciliationsQueryKeys = reconciliations.keys
export const usePaymentReconciliations = reconciliations.useList
export const usePaymentReconciliation = reconciliations.useDetail

const REFRESH = { invalidate: [paymentReconciliationsQueryKeys.all] }

export const useRunPaymentReconciliation = (
  options?: MutationOptions<
    AdminPaymentReconciliationResponse,
    AdminRunPaymentReconciliationRequest
  >
) =>
  useCacheMutation(
    (body: AdminRunPaymentReconciliationRequest) =>
      postJson<AdminPaymentReconciliationResponse>("/admin/payment-reconciliations", body),
    REFRESH,
    options
  )

export const useResolveReconciliationDifference = (
  runId: string,
  differenceId: string,
  options?: MutationOptions<
    AdminPaymentReconciliationResponse,
    AdminResolveReconciliationDifferenceRequest
  >
) =>
  useCacheMutation(
    (body: AdminResolveReconciliationDifferenceRequest) =>
      postJson<AdminPaymentReconciliationResponse>(
        `/admin/payment-reconciliations/${runId}/differences/${differenceId}/resolve`,
        body
      ),
    REFRESH,
    options
  )
