/** Unit purchasers (单位客户): /admin/units, its status changes and its members. */
import type {
  AdminOrderUnitResponse,
  AdminUnitDisableRequest,
  AdminUnitListParams,
  AdminUnitListResponse,
  AdminUnitResponse,
  UnitCreateRequest,
  UnitMemberAddRequest,
  UnitMemberDeleteResponse,
  UnitMemberResponse,
  UnitMemberUpdateRequest,
  UnitUpdateRequest,
} from "../../../types/http/unit"
import { deleteJson, postJson } from "../../lib/client"
import {
  type MutationOptions,
  type QueryOptions,
  resourceQueries,
  useCacheMutation,
  useGet,
} from "./base"

const units = resourceQueries<AdminUnitListParams, AdminUnitListResponse, AdminUnitResponse>(
  "units",
  "/admin/units"
)
export const unitsQueryKeys = units.keys
export const useUnits = units.useList
export const useUnit = units.useDetail

/** The unit of an order (named on it, or its customer's), for the order page's 单位 card. */
export const useOrderUnit = (orderId: string, options?: QueryOptions<AdminOrderUnitResponse>) =>
  useGet([...unitsQueryKeys.all, "order", orderId], `/admin/orders/${orderId}/unit`, {}, options)

/** Every change of a unit refreshes its page and the lists (status, member count). */
const unitCache = (id: string) => ({
  invalidate: [unitsQueryKeys.all, unitsQueryKeys.detail(id)],
})

export const useCreateUnit = (options?: MutationOptions<AdminUnitResponse, UnitCreateRequest>) =>
  useCacheMutation(
    (body: UnitCreateRequest) => postJson<AdminUnitResponse>("/admin/units", body),
    { invalidate: [unitsQueryKeys.all] },
    options
  )

export const useUpdateUnit = (
  id: string,
  options?: MutationOptions<AdminUnitResponse, UnitUpdateRequest>
) =>
  useCacheMutation(
    (body: UnitUpdateRequest) => postJson<AdminUnitResponse>(`/admin/units/${id}`, body),
    unitCache(id),
    options
  )

/** 认证 (or enable again) */
export const useVerifyUnit = (id: string, options?: MutationOptions<AdminUnitResponse, void>) =>
  useCacheMutation(
    () => postJson<AdminUnitResponse>(`/admin/units/${id}/verify`),
    unitCache(id),
    options
  )

/** 停用, with an optional reason */
export const useDisableUnit = (
  id: string,
  options?: MutationOptions<AdminUnitResponse, AdminUnitDisableRequest>
) =>
  useCacheMutation(
    (body: AdminUnitDisableRequest) =>
      postJson<AdminUnitResponse>(`/admin/units/${id}/disable`, body),
    unitCache(id),
    options
  )

/** Adds an existing customer account by its e-mail. */
export const useAddUnitMember = (
  id: string,
  options?: MutationOptions<UnitMemberResponse, UnitMemberAddRequest>
) =>
  useCacheMutation(
    (body: UnitMemberAddRequest) =>
      postJson<UnitMemberResponse>(`/admin/units/${id}/members`, body),
    unitCache(id),
    options
  )

export const useUpdateUnitMember = (
  id: string,
  options?: MutationOptions<UnitMemberResponse, UnitMemberUpdateRequest & { member_id: string }>
) =>
  useCacheMutation(
    ({ member_id, ...body }: UnitMemberUpdateRequest & { member_id: string }) =>
      postJson<UnitMemberResponse>(`/admin/units/${id}/members/${member_id}`, body),
    unitCache(id),
    options
  )

export const useRemoveUnitMember = (
  id: string,
  options?: MutationOptions<UnitMemberDeleteResponse, string>
) =>
  useCacheMutation(
    (memberId: string) =>
      deleteJson<UnitMemberDeleteResponse>(`/admin/units/${id}/members/${memberId}`),
    unitCache(id),
    options
  )
