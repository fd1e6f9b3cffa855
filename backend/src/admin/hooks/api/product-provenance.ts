/**
 * A product's partner (GET/POST /admin/products/:id/partner) and the product
 * list's provenance overview (GET /admin/provenance/products).
 */
import type {
  AdminProductPartnerResponse,
  AdminProductProvenanceListParams,
  AdminProductProvenanceListResponse,
  AdminSetProductPartnerBody,
} from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { partnersQueryKeys } from "./partners"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const productProvenanceQueryKeys = queryKeysFactory("product-provenance")

/** Medusa dashboard's own key of a product (its page refetches after the partner changes). */
const dashboardProductKey = (productId: string) => ["products", "detail", productId] as const

export const useProductProvenance = (
  query: AdminProductProvenanceListParams = {},
  options?: QueryOptions<AdminProductProvenanceListResponse>
) => useGet(productProvenanceQueryKeys.list(query), "/admin/provenance/products", query, options)

export const useProductPartner = (
  productId: string,
  options?: QueryOptions<AdminProductPartnerResponse>
) =>
  useGet(
    productProvenanceQueryKeys.detail(productId),
    `/admin/products/${productId}/partner`,
    undefined,
    options
  )

/** Sets a product's partner; partners' product counts and lists change with it. */
export const useSetProductPartner = (
  productId: string,
  options?: MutationOptions<AdminProductPartnerResponse, AdminSetProductPartnerBody>
) =>
  useCacheMutation(
    (body: AdminSetProductPartnerBody) =>
      postJson<AdminProductPartnerResponse>(`/admin/products/${productId}/partner`, body),
    {
      set: (data) => [[productProvenanceQueryKeys.detail(productId), data]],
      invalidate: [
        productProvenanceQueryKeys.lists(),
        partnersQueryKeys.all,
        dashboardProductKey(productId),
      ],
    },
    options
  )
