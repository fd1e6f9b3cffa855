import type {
  AdminUnitQuotaListResponse,
  AdminUnitStatementBody,
  AdminUnitStatementListResponse,
  AdminUnitStatementResponse,
} from "../../../types/http/unit-report"
import { getFile, postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"
import { useMutation } from "@tanstack/react-query"

export const unitReportQueryKeys = queryKeysFactory("unit-reports")

/** Every verified unit's target and progress in a China year. */
export const useUnitQuotas = (year: number, options?: QueryOptions<AdminUnitQuotaListResponse>) =>
  useGet(unitReportQueryKeys.list({ year }), "/admin/unit-quotas", { year }, options)

/** A unit's statements, newest first (to reprint). */
export const useUnitStatements = (
  unitId: string,
  options?: QueryOptions<AdminUnitStatementListResponse>
) =>
  useGet(unitReportQueryKeys.detail(unitId), `/admin/units/${unitId}/statements`, undefined, {
    enabled: !!unitId,
    ...options,
  })

/** Issues a statement of the unit for a period. */
export const useIssueUnitStatement = (
  unitId: string,
  options?: MutationOptions<AdminUnitStatementResponse, AdminUnitStatementBody>
) =>
  useCacheMutation(
    (body: AdminUnitStatementBody) =>
      postJson<AdminUnitStatementResponse>(`/admin/units/${unitId}/statements`, body),
    { invalidate: [unitReportQueryKeys.detail(unitId)] },
    options
  )

/** Downloads a statement as PDF or XLSX (the same figures and code as issued). */
export const useDownloadUnitStatement = (unitId: string) =>
  useMutation({
    mutationFn: ({ id, format }: { id: string; format: "pdf" | "xlsx" }) =>
      getFile(`/admin/units/${unitId}/statements/${id}/${format}`, {}, `对账单.${format}`),
  })
