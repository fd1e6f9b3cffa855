/** Partners (合作主体): GET/POST /admin/partners and /admin/partners/:id. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminPartnerBody,
  AdminPartnerCreateResponse,
  AdminPartnerListParams,
  AdminPartnerListResponse,
  AdminPartnerResponse,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import { productProvenanceQueryKeys } from "./product-provenance"
import { townsQueryKeys } from "./towns"
import type { MutationOptions, QueryOptions } from "./types"

export const partnersQueryKeys = queryKeysFactory("partners")

export const usePartners = (
  query: AdminPartnerListParams = {},
  options?: QueryOptions<AdminPartnerListResponse>
) =>
  useQuery({
    queryKey: partnersQueryKeys.list(query),
    queryFn: () => getJson<AdminPartnerListResponse>("/admin/partners", query),
    ...options,
  })

export const usePartner = (id: string, options?: QueryOptions<AdminPartnerResponse>) =>
  useQuery({
    queryKey: partnersQueryKeys.detail(id),
    queryFn: () => getJson<AdminPartnerResponse>(`/admin/partners/${id}`),
    enabled: !!id,
    ...options,
  })

/** Creates a partner; towns show partner counts and lists, so they are refreshed too. */
export const useCreatePartner = (
  options?: MutationOptions<AdminPartnerCreateResponse, AdminPartnerBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminPartnerBody) =>
      postJson<AdminPartnerCreateResponse>("/admin/partners", body),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: partnersQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: townsQueryKeys.all }),
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Saves a partner and refreshes every list that shows partners (towns, product provenance). */
export const useUpdatePartner = (
  id: string,
  options?: MutationOptions<AdminPartnerResponse, Partial<AdminPartnerBody>>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: Partial<AdminPartnerBody>) =>
      postJson<AdminPartnerResponse>(`/admin/partners/${id}`, body),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(partnersQueryKeys.detail(id), data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: partnersQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: townsQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: productProvenanceQueryKeys.all }),
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
