/** A farm's paid order lines and shipments, and its monthly statement (对账单). */
import { useMutation } from "@tanstack/react-query"
import type {
  AdminFarmOrderLineListResponse,
  AdminFarmShipmentBody,
  AdminFarmShipmentResponse,
  AdminFarmStatementResponse,
  FarmOrderLineStatus,
} from "../../../types/http"
import { type DownloadedFile, getFile } from "../../lib/client"
import type { MutationOptions, QueryOptions } from "./base"
import { useFarmGet, useFarmPost } from "./farm"

/** The latest 100 lines of paid orders: still to ship ("open") or all. */
export const useFarmOrderLines = (
  partnerId: string | undefined,
  status: FarmOrderLineStatus,
  options?: QueryOptions<AdminFarmOrderLineListResponse>
) =>
  useFarmGet("order-lines", "/admin/farm/order-lines", partnerId, { status, limit: 100 }, options)

/** Ships lines of one order as one parcel. */
export const useShipFarmOrder = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmShipmentResponse, AdminFarmShipmentBody>
) => useFarmPost("/admin/farm/shipments", partnerId, options)

/** A month's statement, YYYY-MM. */
export const useFarmStatement = (
  partnerId: string | undefined,
  month: string,
  options?: QueryOptions<AdminFarmStatementResponse>
) => useFarmGet("statement", "/admin/farm/statement", partnerId, { month }, options)

/** Downloads a month's statement as CSV, saved under `fileName`. */
export const useDownloadFarmStatement = (
  partnerId?: string,
  options?: MutationOptions<DownloadedFile, { month: string; fileName: string }>
) =>
  useMutation({
    ...options,
    mutationFn: ({ month, fileName }: { month: string; fileName: string }) =>
      getFile("/admin/farm/statement", { month, format: "csv", partner_id: partnerId }, fileName),
  })
