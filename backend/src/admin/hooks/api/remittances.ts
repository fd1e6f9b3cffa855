/** 汇款认领: /admin/remittances (the queue, by hand, import, confirm, match by hand). */
import type {
  AdminCreateRemittanceBody,
  AdminMatchRemittanceBody,
  AdminRemittanceImportErrorResponse,
  AdminRemittanceImportResponse,
  AdminRemittanceListResponse,
  AdminRemittanceResponse,
  AdminRemittancesParams,
} from "../../../types/http/remittances"
import { postForm, postJson } from "../../lib/client"
import { bankTransfersQueryKeys } from "./bank-transfers"
import { type MutationOptions, resourceQueries, useCacheMutation } from "./base"

const remittances = resourceQueries<
  AdminRemittancesParams,
  AdminRemittanceListResponse,
  AdminRemittanceResponse
>("remittances", "/admin/remittances")
export const remittancesQueryKeys = remittances.keys
export const useRemittances = remittances.useList
export const useRemittance = remittances.useDetail

/** A credit may capture payments: the queue, the 对公转账 list and Medusa's orders are refreshed. */
const CAPTURING = {
  invalidate: [remittancesQueryKeys.all, bankTransfersQueryKeys.all, ["orders"], ["payment"]],
}

export const useCreateRemittance = (
  options?: MutationOptions<AdminRemittanceResponse, AdminCreateRemittanceBody>
) =>
  useCacheMutation(
    (body: AdminCreateRemittanceBody) =>
      postJson<AdminRemittanceResponse>("/admin/remittances", body),
    CAPTURING,
    options
  )

/** Uploads a bank statement (multipart `file`); a bad file throws with the 400's per-row errors. */
export const useImportStatement = (
  options?: MutationOptions<AdminRemittanceImportResponse, File>
) =>
  useCacheMutation(
    (file: File) => {
      const form = new FormData()
      form.append("file", file, file.name)
      return postForm<AdminRemittanceImportResponse, AdminRemittanceImportErrorResponse>(
        "/admin/remittances/import",
        form
      )
    },
    CAPTURING,
    options
  )

/** Confirms a 户名不符 credit: matched and captured. */
export const useConfirmRemittance = (
  id: string,
  options?: MutationOptions<AdminRemittanceResponse, void>
) =>
  useCacheMutation(
    () => postJson<AdminRemittanceResponse>(`/admin/remittances/${id}/confirm`),
    CAPTURING,
    options
  )

/** Matches a credit to a reference typed by a person. */
export const useMatchRemittance = (
  id: string,
  options?: MutationOptions<AdminRemittanceResponse, AdminMatchRemittanceBody>
) =>
  useCacheMutation(
    (body: AdminMatchRemittanceBody) =>
      postJson<AdminRemittanceResponse>(`/admin/remittances/${id}/match`, body),
    CAPTURING,
    options
  )
