import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { farmOf } from "../../../../farm-scope"
import { farmProduct } from "../../data"

/** GET /admin/farm/products/:id: one of the farm's products (404 for any other). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const farm = await farmOf(req)
  res.json({ product: await farmProduct(req.scope, farm, req.params.id) })
}
