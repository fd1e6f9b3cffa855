/**
 * 我的农场: who the user works for (GET /admin/farm), the farm's products and
 * stock, low-stock thresholds, pre-sale, harvest batches and stock audit. The
 * support team names the farm with `?partner_id=` (undefined for a farm account).
 * Its orders, shipments and statement: farm-sales.ts.
 */
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
import { postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

const farmKeys = queryKeysFactory("farm")

/** Keys of the farm's data per chosen partner; `farmQueryKeys.all` refreshes every one. */
export const farmQueryKeys = {
  ...farmKeys,
  of: (section: string, partnerId?: string, query?: object) =>
    [...farmKeys.all, section, partnerId ?? "", query ?? {}] as const,
}

/** The query of every /admin/farm route: the support team's chosen partner. */
const farmQuery = (partnerId?: string, query: object = {}) => ({ ...query, partner_id: partnerId })

/** GET a farm route (`section` names its key) for the chosen partner. */
export const useFarmGet = <TData>(
  section: string,
  path: string,
  partnerId: string | undefined,
  query?: object,
  options?: QueryOptions<TData>
) => useGet(farmQueryKeys.of(section, partnerId, query), path, farmQuery(partnerId, query), options)

/** POST to a farm route for the chosen partner; every farm query is refetched after it. */
export const useFarmPost = <TData, TBody extends object>(
  path: string,
  partnerId: string | undefined,
  options?: MutationOptions<TData, TBody>
) =>
  useCacheMutation(
    (body: TBody) => postJson<TData>(path, body, farmQuery(partnerId)),
    { invalidate: [farmQueryKeys.all] },
    options
  )

export const useFarmOverview = (partnerId?: string, options?: QueryOptions<AdminFarmResponse>) =>
  useFarmGet("overview", "/admin/farm", partnerId, undefined, options)

export const useFarmProducts = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmProductListResponse>
) => useFarmGet("products", "/admin/farm/products", partnerId, undefined, options)

/** Sets or adjusts the stock of many variants at once. */
export const useChangeFarmStock = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmInventoryResponse, AdminFarmInventoryBody>
) => useFarmPost("/admin/farm/inventory", partnerId, options)

export const useSetFarmThreshold = (
  partnerId: string | undefined,
  variantId: string,
  options?: MutationOptions<AdminFarmVariantResponse, AdminFarmVariantBody>
) => useFarmPost(`/admin/farm/variants/${variantId}`, partnerId, options)

export const useSetFarmPresale = (
  partnerId: string | undefined,
  productId: string,
  options?: MutationOptions<AdminFarmProductResponse, AdminFarmPresaleBody>
) => useFarmPost(`/admin/farm/products/${productId}/presale`, partnerId, options)

/** The latest 100 harvest batches. */
export const useFarmBatches = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmBatchListResponse>
) => useFarmGet("batches", "/admin/farm/batches", partnerId, { limit: 100 }, options)

/** Registers a harvest batch; its quantity is added to the stock. */
export const useCreateFarmBatch = (
  partnerId?: string,
  options?: MutationOptions<AdminFarmBatchCreateResponse, AdminFarmBatchBody>
) => useFarmPost("/admin/farm/batches", partnerId, options)

/** The latest 100 stock changes. */
export const useFarmAudit = (
  partnerId?: string,
  options?: QueryOptions<AdminFarmAuditListResponse>
) => useFarmGet("audit", "/admin/farm/audit", partnerId, { limit: 100 }, options)
