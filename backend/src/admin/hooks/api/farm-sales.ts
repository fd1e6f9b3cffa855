/** A farm's paid order lines and shipments, and its monthly statement (对账单). */
import type {
  AdminFarmOrderLineListResponse,
  AdminFarmShipmentBody,
  AdminFarmShipmentResponse,
  AdminFarmStatementResponse,
  FarmOrderLineStatus,
} from "../../../types/http"
import { useMutation, useQuery } from "@tanstack/react-query"
import { type DownloadedFile, getFile, getJson, postJson } from "../../lib/client"
import { farmQuery, farmQueryKeys, useFarmMutation } from "./farm"
import type { MutationOptions, QueryOptions } from "./types"

/** The latest 100 lines of paid orders: still to ship ("open") or all. */
export const useFarmOrderLines = (
  partnerId: string | undefined,
  status: FarmOrderLineStatus,
  options?: QueryOptions<AdminFarmOrderLineListResponse>
) =>
  useQuery({
    queryKey: farmQueryKeys.of("order-lines", partnerId, { status }),
    queryFn: () =>
      getJson<AdminFarmOrderLineListResponse>(
        "/admin/farm/order-lines",
        farmQuery(partnerId, { status, limit: 100 })
      ),
    ...options,
  })

/** Ships lines of one order as one parcel. */
export const useShipFarmOrder = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmShipmentResponse, AdminFarmShipmentBody>
) =>
  useFarmMutation(
    (body: AdminFarmShipmentBody) =>
      postJson<AdminFarmShipmentResponse>("/admin/farm/shipments", body, farmQuery(partnerId)),
    options
  )

/** A month's statement, YYYY-MM. */
export const useFarmStatement = (
  partnerId: string | undefined,
  month: string,
  options?: QueryOptions<AdminFarmStatementResponse>
) =>
  useQuery({
    queryKey: farmQueryKeys.of("statement", partnerId, { month }),
    queryFn: () =>
      getJson<AdminFarmStatementResponse>("/admin/farm/statement", farmQuery(partnerId, { month })),
    ...options,
  })

/** Downloads a month's statement as CSV. */
export const useDownloadFarmStatement = (
  partnerId?: string,
  options?: MutationOptions<DownloadedFile, { month: string; fileName: string }>
) =>
  useMutation({
    ...options,
    mutationFn: ({ month, fileName }: { month: string; fileName: string }) =>
      getFile("/admin/farm/statement", farmQuery(partnerId, { month, format: "csv" }), fileName),
  })
