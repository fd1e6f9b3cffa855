import { sdk } from "./sdk"
import type {
  AidAwaitingPaymentResponse,
  AidBuyerKind,
  AidEntryKind,
  AidEntryListResponse,
  AidGroupBy,
  AidReconciliationResponse,
  AidSummary,
  AidTargetsBody,
  AidTargetsResponse,
  Partner,
  PartnerBody,
  PartnerKind,
  PartnerListResponse,
  ProductPartnerResponse,
  ProductProvenanceResponse,
  Town,
  TownBody,
  TownListResponse,
} from "./types"

/** Largest page the list endpoints accept; used to fill selects. */
export const MAX_PAGE_SIZE = 200

export type TownListParams = {
  q?: string
  limit?: number
  offset?: number
}

export type PartnerListParams = TownListParams & {
  town_id?: string
  kind?: PartnerKind
  is_active?: "true" | "false"
}

/** Drops empty values so they are not sent as `?q=`. */
const cleanQuery = (params: Record<string, string | number | undefined>) =>
  Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== "")
  )

export type ProductProvenanceParams = {
  unassigned?: "true"
  limit?: number
  offset?: number
}

export const provenanceApi = {
  listProductProvenance: (params: ProductProvenanceParams = {}) =>
    sdk.client.fetch<ProductProvenanceResponse>("/admin/provenance/products", {
      query: cleanQuery(params),
    }),

  listTowns: (params: TownListParams = {}) =>
    sdk.client.fetch<TownListResponse>("/admin/towns", { query: cleanQuery(params) }),
  getTown: (id: string) => sdk.client.fetch<{ town: Town }>(`/admin/towns/${id}`),
  createTown: (body: TownBody) =>
    sdk.client.fetch<{ town: Town }>("/admin/towns", { method: "POST", body }),
  updateTown: (id: string, body: TownBody) =>
    sdk.client.fetch<{ town: Town }>(`/admin/towns/${id}`, { method: "POST", body }),

  listPartners: (params: PartnerListParams = {}) =>
    sdk.client.fetch<PartnerListResponse>("/admin/partners", { query: cleanQuery(params) }),
  getPartner: (id: string) => sdk.client.fetch<{ partner: Partner }>(`/admin/partners/${id}`),
  createPartner: (body: PartnerBody) =>
    sdk.client.fetch<{ partner: Partner }>("/admin/partners", { method: "POST", body }),
  updatePartner: (id: string, body: PartnerBody) =>
    sdk.client.fetch<{ partner: Partner }>(`/admin/partners/${id}`, { method: "POST", body }),

  getProductPartner: (productId: string) =>
    sdk.client.fetch<ProductPartnerResponse>(`/admin/products/${productId}/partner`),
  setProductPartner: (productId: string, partnerId: string) =>
    sdk.client.fetch<ProductPartnerResponse>(`/admin/products/${productId}/partner`, {
      method: "POST",
      body: { partner_id: partnerId },
    }),
}

/** React Query keys; invalidating a prefix refreshes every list and detail below it. */
export const queryKeys = {
  towns: ["meixian", "towns"] as const,
  townList: (params: TownListParams) => ["meixian", "towns", "list", params] as const,
  town: (id: string) => ["meixian", "towns", "detail", id] as const,
  partners: ["meixian", "partners"] as const,
  partnerList: (params: PartnerListParams) => ["meixian", "partners", "list", params] as const,
  partner: (id: string) => ["meixian", "partners", "detail", id] as const,
  productPartners: ["meixian", "product-partner"] as const,
  productPartner: (productId: string) => ["meixian", "product-partner", productId] as const,
  productProvenance: (params: ProductProvenanceParams) =>
    ["meixian", "product-partner", "list", params] as const,
}

/** Filters shared by the aid reports and their exports (town and partner: id or handle). */
export type AidScope = {
  from?: string
  to?: string
  buyer_kind?: AidBuyerKind
  town?: string
  partner?: string
}

export type AidSummaryParams = AidScope & { group_by: AidGroupBy }

export type AidEntryParams = AidScope & {
  order_id?: string
  kind?: AidEntryKind
  limit?: number
  offset?: number
}

export type AidExportFormat = "csv" | "xlsx"

/** A downloaded export: the file and the name the server gave it. */
export type AidExportFile = { blob: Blob; fileName: string }

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
const dispositionFileName = (header: string | null, fallback: string) => {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // fall through to the plain name
    }
  }
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback
}

export const aidApi = {
  summary: (params: AidSummaryParams) =>
    sdk.client.fetch<AidSummary>("/admin/aid/summary", { query: cleanQuery(params) }),
  listEntries: (params: AidEntryParams) =>
    sdk.client.fetch<AidEntryListResponse>("/admin/aid/entries", { query: cleanQuery(params) }),
  getTargets: (year: number) =>
    sdk.client.fetch<AidTargetsResponse>("/admin/aid/targets", { query: { year } }),
  setTargets: (body: AidTargetsBody) =>
    sdk.client.fetch<AidTargetsResponse>("/admin/aid/targets", { method: "POST", body }),
  awaitingPayment: () =>
    sdk.client.fetch<AidAwaitingPaymentResponse>("/admin/aid/awaiting-payment"),
  getReconciliation: () => sdk.client.fetch<AidReconciliationResponse>("/admin/aid/reconciliation"),
  reconcile: () =>
    sdk.client.fetch<AidReconciliationResponse>("/admin/aid/reconciliation", { method: "POST" }),

  /**
   * Downloads GET /admin/aid/{summary|entries}/export with the session cookie.
   * A non-JSON `accept` makes the SDK return the raw response (errors still throw).
   */
  exportFile: async (
    report: "summary" | "entries",
    format: AidExportFormat,
    params: AidScope & { group_by?: AidGroupBy }
  ): Promise<AidExportFile> => {
    const response = await sdk.client.fetch<Response>(`/admin/aid/${report}/export`, {
      query: cleanQuery({ ...params, format }),
      headers: { accept: "*/*" },
    })
    return {
      blob: await response.blob(),
      fileName: dispositionFileName(
        response.headers.get("content-disposition"),
        `${report}.${format}`
      ),
    }
  },
}

/** React Query keys of the aid reports; `aidQueryKeys.all` refreshes every one of them. */
export const aidQueryKeys = {
  all: ["meixian", "aid"] as const,
  summary: (params: AidSummaryParams) => ["meixian", "aid", "summary", params] as const,
  entries: ["meixian", "aid", "entries"] as const,
  entryList: (params: AidEntryParams) => ["meixian", "aid", "entries", params] as const,
  targets: (year: number) => ["meixian", "aid", "targets", year] as const,
  reconciliation: ["meixian", "aid", "reconciliation"] as const,
  awaitingPayment: ["meixian", "aid", "awaiting-payment"] as const,
}
