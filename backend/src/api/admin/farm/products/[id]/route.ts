import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminFarmProductResponse } from "../../../../../types/http/farm"
import { farmOf } from "../../../../farm-scope"
import { farmProduct } from "../../queries/products"
import type { FarmPartnerParamsType } from "../../validators"

/** GET /admin/farm/products/:id: one of the farm's products (404 for any other). */
export async function GET(
  req: MedusaRequest<unknown, FarmPartnerParamsType>,
  res: MedusaResponse<AdminFarmProductResponse>
) {
  const farm = await farmOf(req)
  res.json({ product: await farmProduct(req.scope, farm, req.params.id) })
}
