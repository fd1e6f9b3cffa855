/**
 * A product's partner (GET/POST /admin/products/:id/partner) and the product
 * list's provenance overview (GET /admin/provenance/products).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminProductPartnerResponse,
  AdminProductProvenanceListParams,
  AdminProductProvenanceListResponse,
  AdminSetProductPartnerBody,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import { partnersQueryKeys } from "./partners"
import type { MutationOptions, QueryOptions } from "./types"

export const productProvenanceQueryKeys = queryKeysFactory("product-provenance")

/** Medusa dashboard's own key of a product (its page refetches after the partner changes). */
const dashboardProductKey = (productId: string) => ["products", "detail", productId] as const

export const useProductProvenance = (
  query: AdminProductProvenanceListParams = {},
  options?: QueryOptions<AdminProductProvenanceListResponse>
) =>
  useQuery({
    queryKey: productProvenanceQueryKeys.list(query),
    queryFn: () => getJson<AdminProductProvenanceListResponse>("/admin/provenance/products", query),
    ...options,
  })

export const useProductPartner = (
  productId: string,
  options?: QueryOptions<AdminProductPartnerResponse>
) =>
  useQuery({
    queryKey: productProvenanceQueryKeys.detail(productId),
    queryFn: () => getJson<AdminProductPartnerResponse>(`/admin/products/${productId}/partner`),
    ...options,
  })

/** Sets a product's partner; partners' product counts and lists change with it. */
export const useSetProductPartner = (
  productId: string,
  options?: MutationOptions<AdminProductPartnerResponse, AdminSetProductPartnerBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminSetProductPartnerBody) =>
      postJson<AdminProductPartnerResponse>(`/admin/products/${productId}/partner`, body),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(productProvenanceQueryKeys.detail(productId), data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productProvenanceQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: partnersQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: dashboardProductKey(productId) }),
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
