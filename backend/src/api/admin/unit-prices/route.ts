import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminUnitPriceListResponse } from "../../../types/http/unit-prices"
import { toUnitPriceProducts, UNIT_PRICE_PRODUCT_FIELDS } from "./helpers"
import type { AdminListUnitPricesParamsType } from "./validators"

/**
 * GET /admin/unit-prices: products (title order) with each variant's retail
 * price and unit tiers; `q` searches titles.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListUnitPricesParamsType>,
  res: MedusaResponse<AdminUnitPriceListResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: UNIT_PRICE_PRODUCT_FIELDS,
    filters: q ? { q } : {},
    pagination: { skip: offset, take: limit, order: { title: "ASC" } },
  })
  res.json({
    products: await toUnitPriceProducts(req.scope, data),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
