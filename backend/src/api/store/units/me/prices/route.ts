import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreUnitPricesResponse } from "../../../../../types/http/unit-prices"
import {
  appliesNow,
  negotiatedListOf,
  tiersInList,
} from "../../../../admin/units/[id]/prices/helpers"
import { toUnitPriceProducts, unitPriceListId } from "../../../../admin/unit-prices/helpers"
import { graphOne } from "../../../../utils/graph"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreUnitPricesParamsType } from "../../validators"

/**
 * GET /store/units/me/prices: the unit tiers of published products (those
 * named by `product_id`, or all) for a member of a verified unit, and the
 * member's own unit's negotiated tiers (协议价) while its list applies, so the
 * storefront can show the price and the next tier ("满 50 箱 ¥xx/箱"). A
 * pending or disabled unit's members get none, as Medusa's prices give them
 * none; no other unit's negotiated prices are ever read.
 */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreUnitPricesParamsType },
  res: MedusaResponse<StoreUnitPricesResponse>
) {
  const membership = membershipOf(req)
  if (membership.unit_status !== "verified") {
    res.json({ unit_prices: [] })
    return
  }
  const unit = await graphOne<{ price_list_id: string | null }>(
    req.scope,
    "unit",
    ["price_list_id"],
    { id: membership.unit_id }
  )
  const own = await negotiatedListOf(req.scope, unit?.price_list_id ?? null)
  const ownListId = appliesNow(own) ? own!.id : null
  if (!ownListId && !(await unitPriceListId(req.scope))) {
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
  const negotiated = ownListId
    ? await tiersInList(
        req.scope,
        data.flatMap((p) => p.variants ?? []),
        ownListId
      )
    : new Map()
  res.json({
    unit_prices: products.flatMap((product) =>
      product.variants
        .filter((variant) => variant.tiers.length > 0 || negotiated.has(variant.id))
        .map((variant) => ({
          product_id: product.id,
          variant_id: variant.id,
          tiers: variant.tiers,
          negotiated_tiers: negotiated.get(variant.id) ?? [],
        }))
    ),
  })
}
