/** A unit's negotiated prices (协议价): GET/POST /admin/units/:id/prices, POST/DELETE …/:variant_id. */
import type {
  AdminUnitNegotiatedPricesResponse,
  NegotiatedPeriodRequest,
  UnitPriceSetRequest,
} from "../../../types/http/unit-prices"
import { deleteJson, postJson } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"
import { unitsQueryKeys } from "./units"

/** Under the unit's keys: verifying or disabling the unit refreshes them (the list's status). */
export const negotiatedPricesKey = (unitId: string) => [...unitsQueryKeys.all, "prices", unitId]

export const useNegotiatedPrices = (
  unitId: string,
  options?: QueryOptions<AdminUnitNegotiatedPricesResponse>
) => useGet(negotiatedPricesKey(unitId), `/admin/units/${unitId}/prices`, undefined, options)

/** Every change answers the unit's negotiated prices, written to the cache at once. */
const cache = (unitId: string) => ({
  set: (data: AdminUnitNegotiatedPricesResponse) =>
    [[negotiatedPricesKey(unitId), data]] as [readonly unknown[], unknown][],
  invalidate: [],
})

/** Replaces a variant's negotiated tiers (`tiers: []` removes them). */
export const useSetNegotiatedPrices = (
  unitId: string,
  variantId: string,
  options?: MutationOptions<AdminUnitNegotiatedPricesResponse, UnitPriceSetRequest>
) =>
  useCacheMutation(
    (body: UnitPriceSetRequest) =>
      postJson<AdminUnitNegotiatedPricesResponse>(
        `/admin/units/${unitId}/prices/${variantId}`,
        body
      ),
    cache(unitId),
    options
  )

/** Removes a variant's negotiated tiers (the variant id is the mutation's variable). */
export const useRemoveNegotiatedPrices = (
  unitId: string,
  options?: MutationOptions<AdminUnitNegotiatedPricesResponse, string>
) =>
  useCacheMutation(
    (variantId: string) =>
      deleteJson<AdminUnitNegotiatedPricesResponse>(`/admin/units/${unitId}/prices/${variantId}`),
    cache(unitId),
    options
  )

/** The period of the negotiated prices (whole days, null: open). */
export const useSetNegotiatedPeriod = (
  unitId: string,
  options?: MutationOptions<AdminUnitNegotiatedPricesResponse, NegotiatedPeriodRequest>
) =>
  useCacheMutation(
    (body: NegotiatedPeriodRequest) =>
      postJson<AdminUnitNegotiatedPricesResponse>(`/admin/units/${unitId}/prices`, body),
    cache(unitId),
    options
  )
