/** 批量订单: /admin/bulk-orders (every unit's bulk orders, one with its parcels, its 付款通知书). */
import { useMutation } from "@tanstack/react-query"
import type {
  AdminBulkOrderListParams,
  AdminBulkOrderListResponse,
  AdminBulkOrderResponse,
} from "../../../types/http/bulk-order"
import { type DownloadedFile, getFile } from "../../lib/client"
import { type MutationOptions, resourceQueries } from "./base"

const bulkOrders = resourceQueries<
  AdminBulkOrderListParams,
  AdminBulkOrderListResponse,
  AdminBulkOrderResponse
>("bulk-orders", "/admin/bulk-orders")
export const bulkOrdersQueryKeys = bulkOrders.keys
export const useBulkOrders = bulkOrders.useList
export const useBulkOrder = bulkOrders.useDetail

/** Downloads the 付款通知书 (PDF) of a bulk order awaiting its transfer. */
export const useDownloadBulkOrderNotice = (
  id: string,
  options?: MutationOptions<DownloadedFile, string>
) =>
  useMutation({
    ...options,
    mutationFn: (reference: string) =>
      getFile(`/admin/bulk-orders/${id}/payment-notice`, {}, `付款通知书-${reference}.pdf`),
  })
