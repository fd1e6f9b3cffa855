/** Unit prices (单位价): GET /admin/unit-prices, GET/POST /admin/unit-prices/:variant_id. */
import type {
  AdminUnitPriceListParams,
  AdminUnitPriceListResponse,
  AdminUnitPriceVariantResponse,
  UnitPriceSetRequest,
} from "../../../types/http/unit-prices"
import { postJson } from "../../lib/client"
import { type MutationOptions, resourceQueries, useCacheMutation } from "./base"

const unitPrices = resourceQueries<
  AdminUnitPriceListParams,
  AdminUnitPriceListResponse,
  AdminUnitPriceVariantResponse
>("unit-prices", "/admin/unit-prices")
export const unitPricesQueryKeys = unitPrices.keys
/** Products (title search, a page) with each variant's retail price and tiers. */
export const useUnitPrices = unitPrices.useList
/** One variant's retail price and tiers (detail key: its variant id). */
export const useUnitPriceVariant = unitPrices.useDetail

/**
 * Replaces a variant's tiers (`tiers: []` removes them). The variant's detail
 * is written at once, then the lists refetch.
 */
export const useSetUnitPrices = (
  variantId: string,
  options?: MutationOptions<AdminUnitPriceVariantResponse, UnitPriceSetRequest>
) =>
  useCacheMutation(
    (body: UnitPriceSetRequest) =>
      postJson<AdminUnitPriceVariantResponse>(`/admin/unit-prices/${variantId}`, body),
    {
      set: (data) => [[unitPricesQueryKeys.detail(variantId), data]],
      invalidate: [unitPricesQueryKeys.lists()],
    },
    options
  )
