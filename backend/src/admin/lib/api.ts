import { sdk } from "./sdk"
import type {
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
  productProvenance: (params: ProductProvenanceParams) => ["meixian", "product-partner", "list", params] as const,
}
