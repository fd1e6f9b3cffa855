/** 对公转账 payments: GET /admin/bank-transfer/payments and POST …/:id/receipts (确认到账). */
import type {
  AdminBankTransferPaymentListParams,
  AdminBankTransferPaymentListResponse,
  AdminBankTransferReceiptBody,
  AdminBankTransferReceiptResponse,
} from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const bankTransfersQueryKeys = queryKeysFactory("bank-transfers")

export const useBankTransfers = (
  query: AdminBankTransferPaymentListParams,
  options?: QueryOptions<AdminBankTransferPaymentListResponse>
) => useGet(bankTransfersQueryKeys.list(query), "/admin/bank-transfer/payments", query, options)

/**
 * Records money received; the payment and the order page's payment state
 * change (Medusa dashboard's own "orders" and "payment" keys).
 */
export const useRecordBankTransferReceipt = (
  paymentId: string,
  options?: MutationOptions<AdminBankTransferReceiptResponse, AdminBankTransferReceiptBody>
) =>
  useCacheMutation(
    (body: AdminBankTransferReceiptBody) =>
      postJson<AdminBankTransferReceiptResponse>(
        `/admin/bank-transfer/payments/${paymentId}/receipts`,
        body
      ),
    { invalidate: [bankTransfersQueryKeys.all, ["orders"], ["payment"]] },
    options
  )
