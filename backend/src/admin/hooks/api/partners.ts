/** Partners (合作主体): GET/POST /admin/partners and /admin/partners/:id. */
import type * as Http from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { productProvenanceQueryKeys } from "./product-provenance"
import { townsQueryKeys } from "./towns"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const partnersQueryKeys = queryKeysFactory("partners")

export const usePartners = (
  query: Http.AdminPartnerListParams = {},
  options?: QueryOptions<Http.AdminPartnerListResponse>
) => useGet(partnersQueryKeys.list(query), "/admin/partners", query, options)

export const usePartner = (id: string, options?: QueryOptions<Http.AdminPartnerResponse>) =>
  useGet(partnersQueryKeys.detail(id), `/admin/partners/${id}`, undefined, {
    enabled: !!id,
    ...options,
  })

/** Creates a partner; towns show partner counts and lists, so they are refreshed too. */
export const useCreatePartner = (
  options?: MutationOptions<Http.AdminPartnerCreateResponse, Http.AdminPartnerBody>
) =>
  useCacheMutation(
    (body: Http.AdminPartnerBody) =>
      postJson<Http.AdminPartnerCreateResponse>("/admin/partners", body),
    { invalidate: [partnersQueryKeys.all, townsQueryKeys.all] },
    options
  )

/** Saves a partner and refreshes every list that shows partners (towns, product provenance). */
export const useUpdatePartner = (
  id: string,
  options?: MutationOptions<Http.AdminPartnerResponse, Partial<Http.AdminPartnerBody>>
) =>
  useCacheMutation(
    (body: Partial<Http.AdminPartnerBody>) =>
      postJson<Http.AdminPartnerResponse>(`/admin/partners/${id}`, body),
    {
      set: (data) => [[partnersQueryKeys.detail(id), data]],
      invalidate: [partnersQueryKeys.all, townsQueryKeys.all, productProvenanceQueryKeys.all],
    },
    options
  )
