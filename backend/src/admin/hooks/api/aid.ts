/** The aid ledger's reports under /admin/aid: summary, entries, targets, exports, reconciliation. */
import { useMutation } from "@tanstack/react-query"
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
import { type DownloadedFile, getFile, postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

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
) => useGet(aidQueryKeys.summary(query), "/admin/aid/summary", query, options)

export const useAidEntries = (
  query: AdminAidEntryListParams,
  options?: QueryOptions<AdminAidEntryListResponse>
) => useGet(aidQueryKeys.entries(query), "/admin/aid/entries", query, options)

export const useAidTargets = (year: number, options?: QueryOptions<AdminAidTargetsResponse>) =>
  useGet(aidQueryKeys.targets(year), "/admin/aid/targets", { year }, options)

/** Saves a year's targets; the town summary shows progress against them. */
export const useSetAidTargets = (
  options?: MutationOptions<AdminAidTargetsResponse, AdminAidTargetsBody>
) =>
  useCacheMutation(
    (body: AdminAidTargetsBody) => postJson<AdminAidTargetsResponse>("/admin/aid/targets", body),
    { set: (data) => [[aidQueryKeys.targets(data.year), data]], invalidate: [aidQueryKeys.all] },
    options
  )

export const useAidAwaitingPayment = (options?: QueryOptions<AdminAidAwaitingPaymentResponse>) =>
  useGet(aidQueryKeys.awaitingPayment(), "/admin/aid/awaiting-payment", undefined, options)

export const useAidReconciliation = (options?: QueryOptions<AdminAidReconciliationResponse>) =>
  useGet(aidQueryKeys.reconciliation(), "/admin/aid/reconciliation", undefined, options)

/** Runs a reconciliation now and shows it as the latest. */
export const useRunAidReconciliation = (
  options?: MutationOptions<AdminAidReconciliationResponse, void>
) =>
  useCacheMutation(
    () => postJson<AdminAidReconciliationResponse>("/admin/aid/reconciliation"),
    { set: (data) => [[aidQueryKeys.reconciliation(), data]], invalidate: [] },
    options
  )

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
