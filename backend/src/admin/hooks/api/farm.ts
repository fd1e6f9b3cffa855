/**
 * 我的农场: who the user works for (GET /admin/farm), the farm's products and
 * stock, low-stock thresholds, pre-sale, harvest batches and stock audit. The
 * support team names the farm with `?partner_id=` (undefined for a farm account).
 * Its orders, shipments and statement: farm-sales.ts.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminFarmAuditListResponse,
  AdminFarmBatchBody,
  AdminFarmBatchCreateResponse,
  AdminFarmBatchListResponse,
  AdminFarmInventoryBody,
  AdminFarmInventoryResponse,
  AdminFarmPresaleBody,
  AdminFarmProductListResponse,
  AdminFarmProductResponse,
  AdminFarmResponse,
  AdminFarmVariantBody,
  AdminFarmVariantResponse,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import type { MutationOptions, QueryOptions } from "./types"

const farmKeys = queryKeysFactory("farm")

/** Keys of the farm's data per chosen partner; `farmQueryKeys.all` refreshes every one. */
export const farmQueryKeys = {
  ...farmKeys,
  of: (section: string, partnerId?: string, query?: object) =>
    [...farmKeys.all, section, partnerId ?? "", query ?? {}] as const,
}

/** The query of every /admin/farm route: the support team's chosen partner. */
export const farmQuery = (partnerId?: string, query: object = {}) => ({
  ...query,
  partner_id: partnerId,
})

/** A mutation of the farm's data: every farm query is refetched after it. */
export const useFarmMutation = <TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  options?: MutationOptions<TData, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useFarmOverview = (partnerId?: string, options?: QueryOptions<AdminFarmResponse>) =>
  useQuery({
    queryKey: farmQueryKeys.of("overview", partnerId),
    queryFn: () => getJson<AdminFarmResponse>("/admin/farm", farmQuery(partnerId)),
    ...options,
  })

export const useFarmProducts = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmProductListResponse>
) =>
  useQuery({
    queryKey: farmQueryKeys.of("products", partnerId),
    queryFn: () =>
      getJson<AdminFarmProductListResponse>("/admin/farm/products", farmQuery(partnerId)),
    ...options,
  })

/** Sets or adjusts the stock of many variants at once. */
export const useChangeFarmStock = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmInventoryResponse, AdminFarmInventoryBody>
) =>
  useFarmMutation(
    (body: AdminFarmInventoryBody) =>
      postJson<AdminFarmInventoryResponse>("/admin/farm/inventory", body, farmQuery(partnerId)),
    options
  )

export const useSetFarmThreshold = (
  partnerId: string | undefined,
  variantId: string,
  options?: MutationOptions<AdminFarmVariantResponse, AdminFarmVariantBody>
) =>
  useFarmMutation(
    (body: AdminFarmVariantBody) =>
      postJson<AdminFarmVariantResponse>(
        `/admin/farm/variants/${variantId}`,
        body,
        farmQuery(partnerId)
      ),
    options
  )

export const useSetFarmPresale = (
  partnerId: string | undefined,
  productId: string,
  options?: MutationOptions<AdminFarmProductResponse, AdminFarmPresaleBody>
) =>
  useFarmMutation(
    (body: AdminFarmPresaleBody) =>
      postJson<AdminFarmProductResponse>(
        `/admin/farm/products/${productId}/presale`,
        body,
        farmQuery(partnerId)
      ),
    options
  )

/** The latest 100 harvest batches. */
export const useFarmBatches = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmBatchListResponse>
) =>
  useQuery({
    queryKey: farmQueryKeys.of("batches", partnerId),
    queryFn: () =>
      getJson<AdminFarmBatchListResponse>(
        "/admin/farm/batches",
        farmQuery(partnerId, { limit: 100 })
      ),
    ...options,
  })

/** Registers a harvest batch; its quantity is added to the stock. */
export const useCreateFarmBatch = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmBatchCreateResponse, AdminFarmBatchBody>
) =>
  useFarmMutation(
    (body: AdminFarmBatchBody) =>
      postJson<AdminFarmBatchCreateResponse>("/admin/farm/batches", body, farmQuery(partnerId)),
    options
  )

/** The latest 100 stock changes. */
export const useFarmAudit = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmAuditListResponse>
) =>
  useQuery({
    queryKey: farmQueryKeys.of("audit", partnerId),
    queryFn: () =>
      getJson<AdminFarmAuditListResponse>(
        "/admin/farm/audit",
        farmQuery(partnerId, { limit: 100 })
      ),
    ...options,
  })
