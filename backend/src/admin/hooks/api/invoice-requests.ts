/** 发票: /admin/invoice-requests (the queue, one request, 开票, 红冲, the PDF). */
import { useMutation } from "@tanstack/react-query"
import type {
  AdminInvoiceRequestResponse,
  AdminInvoiceRequestsParams,
  AdminIssueInvoiceInput,
  InvoiceRequestListResponse,
  InvoiceRequestResponse,
} from "../../../types/http/invoice"
import { type DownloadedFile, getFile, postForm, postJson } from "../../lib/client"
import { type MutationOptions, resourceQueries, useCacheMutation } from "./base"

const invoiceRequests = resourceQueries<
  AdminInvoiceRequestsParams,
  InvoiceRequestListResponse,
  AdminInvoiceRequestResponse
>("invoice-requests", "/admin/invoice-requests")
export const invoiceRequestsQueryKeys = invoiceRequests.keys
export const useInvoiceRequests = invoiceRequests.useList
export const useInvoiceRequest = invoiceRequests.useDetail

const REFRESH = { invalidate: [invoiceRequestsQueryKeys.all] }

/** 开票: number and China day. */
export const useIssueInvoice = (
  id: string,
  options?: MutationOptions<InvoiceRequestResponse, AdminIssueInvoiceInput>
) =>
  useCacheMutation(
    (body: AdminIssueInvoiceInput) =>
      postJson<InvoiceRequestResponse>(`/admin/invoice-requests/${id}/issue`, body),
    REFRESH,
    options
  )

/** 红冲 after the 红字发票 is issued. */
export const useReverseInvoice = (
  id: string,
  options?: MutationOptions<InvoiceRequestResponse, void>
) =>
  useCacheMutation(
    () => postJson<InvoiceRequestResponse>(`/admin/invoice-requests/${id}/reverse`),
    REFRESH,
    options
  )

/** Attaches the invoice PDF (multipart `file`). */
export const useUploadInvoiceFile = (
  id: string,
  options?: MutationOptions<InvoiceRequestResponse, File>
) =>
  useCacheMutation(
    (file: File) => {
      const form = new FormData()
      form.append("file", file, file.name)
      return postForm<InvoiceRequestResponse>(`/admin/invoice-requests/${id}/file`, form)
    },
    REFRESH,
    options
  )

/** Downloads the attached PDF. */
export const useDownloadInvoiceFile = (
  id: string,
  options?: MutationOptions<DownloadedFile, string>
) =>
  useMutation({
    ...options,
    mutationFn: (name: string) => getFile(`/admin/invoice-requests/${id}/file`, {}, name),
  })
