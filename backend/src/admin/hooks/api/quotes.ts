/** 询价: /admin/quotes (every unit's quotes; price, send, cancel one). */
import type {
  AdminQuoteListResponse,
  AdminQuoteResponse,
  AdminUpdateQuoteInput,
  QuoteStatus,
} from "../../../types/http/quote"
import { postJson } from "../../lib/client"
import { type MutationOptions, resourceQueries, useCacheMutation } from "./base"

export type AdminQuoteListParams = {
  status?: QuoteStatus
  unit_id?: string
  q?: string
  limit?: number
  offset?: number
}

const quotes = resourceQueries<AdminQuoteListParams, AdminQuoteListResponse, AdminQuoteResponse>(
  "quotes",
  "/admin/quotes"
)
export const quotesQueryKeys = quotes.keys
export const useQuotes = quotes.useList
export const useQuote = quotes.useDetail

const REFRESH = { invalidate: [quotesQueryKeys.all] }

/** Line prices, shipping and terms (a sent quote goes back to 待报价). */
export const useUpdateQuote = (
  id: string,
  options?: MutationOptions<AdminQuoteResponse, AdminUpdateQuoteInput>
) =>
  useCacheMutation(
    (body: AdminUpdateQuoteInput) => postJson<AdminQuoteResponse>(`/admin/quotes/${id}`, body),
    REFRESH,
    options
  )

/** 发送报价 / 取消询价. */
export const useQuoteAction = (
  id: string,
  action: "send" | "cancel",
  options?: MutationOptions<AdminQuoteResponse, void>
) =>
  useCacheMutation(
    () => postJson<AdminQuoteResponse>(`/admin/quotes/${id}/${action}`),
    REFRESH,
    options
  )
