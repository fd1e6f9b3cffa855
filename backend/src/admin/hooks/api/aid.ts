/** The aid ledger's reports under /admin/aid: summary, entries, targets, exports, reconciliation. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminAidAwaitingPaymentResponse,
  AdminAidEntryListParams,
  AdminAidEntryListResponse,
  AdminAidReconciliationResponse,
  AdminAidSummaryParams,
  AdminAidSummaryResponse,
  AdminAidTargetsBody,
  AdminAidTargetsResponse,
  AidExportFormat,
  AidGroupBy,
  AidReportScope,
} from "../../../types/http"
import { type DownloadedFile, getFile, getJson, postJson, queryKeysFactory } from "../../lib/client"
import type { MutationOptions, QueryOptions } from "./types"

const aidKeys = queryKeysFactory("aid")

/** Keys of the aid reports; `aidQueryKeys.all` refreshes every one of them. */
export const aidQueryKeys = {
  ...aidKeys,
  summary: (query: AdminAidSummaryParams) => [...aidKeys.all, "summary", query] as const,
  entries: (query: AdminAidEntryListParams) => [...aidKeys.all, "entries", query] as const,
  targets: (year: number) => [...aidKeys.all, "targets", year] as const,
  reconciliation: () => [...aidKeys.all, "reconciliation"] as const,
  awaitingPayment: () => [...aidKeys.all, "awaiting-payment"] as const,
}

export const useAidSummary = (
  query: AdminAidSummaryParams,
  options?: QueryOptions<AdminAidSummaryResponse>
) =>
  useQuery({
    queryKey: aidQueryKeys.summary(query),
    queryFn: () => getJson<AdminAidSummaryResponse>("/admin/aid/summary", query),
    ...options,
  })

export const useAidEntries = (
  query: AdminAidEntryListParams,
  options?: QueryOptions<AdminAidEntryListResponse>
) =>
  useQuery({
    queryKey: aidQueryKeys.entries(query),
    queryFn: () => getJson<AdminAidEntryListResponse>("/admin/aid/entries", query),
    ...options,
  })

export const useAidTargets = (year: number, options?: QueryOptions<AdminAidTargetsResponse>) =>
  useQuery({
    queryKey: aidQueryKeys.targets(year),
    queryFn: () => getJson<AdminAidTargetsResponse>("/admin/aid/targets", { year }),
    ...options,
  })

/** Saves a year's targets; the town summary shows progress against them. */
export const useSetAidTargets = (
  options?: MutationOptions<AdminAidTargetsResponse, AdminAidTargetsBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminAidTargetsBody) =>
      postJson<AdminAidTargetsResponse>("/admin/aid/targets", body),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(aidQueryKeys.targets(data.year), data)
      await queryClient.invalidateQueries({ queryKey: aidQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useAidAwaitingPayment = (options?: QueryOptions<AdminAidAwaitingPaymentResponse>) =>
  useQuery({
    queryKey: aidQueryKeys.awaitingPayment(),
    queryFn: () => getJson<AdminAidAwaitingPaymentResponse>("/admin/aid/awaiting-payment"),
    ...options,
  })

export const useAidReconciliation = (options?: QueryOptions<AdminAidReconciliationResponse>) =>
  useQuery({
    queryKey: aidQueryKeys.reconciliation(),
    queryFn: () => getJson<AdminAidReconciliationResponse>("/admin/aid/reconciliation"),
    ...options,
  })

/** Runs a reconciliation now and shows it as the latest. */
export const useRunAidReconciliation = (
  options?: MutationOptions<AdminAidReconciliationResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () => postJson<AdminAidReconciliationResponse>("/admin/aid/reconciliation"),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(aidQueryKeys.reconciliation(), data)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** One export of the dashboard: which report, which format, and the report's filters. */
export type AidExportRequest = {
  report: "summary" | "entries"
  format: AidExportFormat
  scope: AidReportScope & { group_by?: AidGroupBy }
}

/** Downloads GET /admin/aid/{summary|entries}/export as a file. */
export const useAidExport = <T extends AidExportRequest>(
  options?: MutationOptions<DownloadedFile, T>
) =>
  useMutation({
    ...options,
    mutationFn: ({ report, format, scope }: T) =>
      getFile(`/admin/aid/${report}/export`, { ...scope, format }, `${report}.${format}`),
  })
