import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreUnitPricesResponse } from "../../../../../types/http/unit-prices"
import { toUnitPriceProducts, unitPriceListId } from "../../../../admin/unit-prices/helpers"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreUnitPricesParamsType } from "../../validators"

/**
 * GET /store/units/me/prices: the unit tiers of published products (those
 * named by `product_id`, or all) for a member of a verified unit, so the
 * storefront can show the next tier ("满 50 箱 ¥xx/箱"). A pending or
 * disabled unit's members get none, as Medusa's prices give them none.
 */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreUnitPricesParamsType },
  res: MedusaResponse<StoreUnitPricesResponse>
) {
  const membership = membershipOf(req)
  if (membership.unit_status !== "verified" || !(await unitPriceListId(req.scope))) {
    res.json({ unit_prices: [] })
    return
  }
  const productIds = req.validatedQuery.product_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "variants.id", "variants.price_set.id"],
    filters: { status: "published", ...(productIds ? { id: productIds } : {}) },
  })
  const products = await toUnitPriceProducts(req.scope, data)
  res.json({
    unit_prices: products.flatMap((product) =>
      product.variants
        .filter((variant) => variant.tiers.length > 0)
        .map((variant) => ({
          product_id: product.id,
          variant_id: variant.id,
          tiers: variant.tiers,
        }))
    ),
  })
}
