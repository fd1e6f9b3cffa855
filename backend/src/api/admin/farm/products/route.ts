import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminFarmProductListResponse } from "../../../../types/http/farm"
import { farmOf } from "../../../farm-scope"
import { listFarmProducts } from "../queries/products"
import type { FarmPartnerParamsType } from "../validators"

/** GET /admin/farm/products: the farm's products and variants with stock at its location. */
export async function GET(
  req: MedusaRequest<unknown, FarmPartnerParamsType>,
  res: MedusaResponse<AdminFarmProductListResponse>
) {
  const farm = await farmOf(req)
  const products = await listFarmProducts(req.scope, farm)
  res.json({ products, count: products.length, location_id: farm.location_id })
}
