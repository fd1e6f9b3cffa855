/** 对公转账 payments: GET /admin/bank-transfer/payments and POST …/:id/receipts (确认到账). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminBankTransferPaymentListParams,
  AdminBankTransferPaymentListResponse,
  AdminBankTransferReceiptBody,
  AdminBankTransferReceiptResponse,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import type { MutationOptions, QueryOptions } from "./types"

export const bankTransfersQueryKeys = queryKeysFactory("bank-transfers")

/** Medusa dashboard's own keys the order page reads (its payment status and payment section). */
const DASHBOARD_ORDER_KEYS = [["orders"], ["payment"]] as const

export const useBankTransfers = (
  query: AdminBankTransferPaymentListParams,
  options?: QueryOptions<AdminBankTransferPaymentListResponse>
) =>
  useQuery({
    queryKey: bankTransfersQueryKeys.list(query),
    queryFn: () =>
      getJson<AdminBankTransferPaymentListResponse>("/admin/bank-transfer/payments", query),
    ...options,
  })

/** Records money received; the payment and the order page's payment state change. */
export const useRecordBankTransferReceipt = (
  paymentId: string,
  options?: MutationOptions<AdminBankTransferReceiptResponse, AdminBankTransferReceiptBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminBankTransferReceiptBody) =>
      postJson<AdminBankTransferReceiptResponse>(
        `/admin/bank-transfer/payments/${paymentId}/receipts`,
        body
      ),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: bankTransfersQueryKeys.all })
      for (const queryKey of DASHBOARD_ORDER_KEYS) {
        await queryClient.invalidateQueries({ queryKey })
      }
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
