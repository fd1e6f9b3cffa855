import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { farmOf } from "../../../../farm-scope"
import { FARM_MODULE, type FarmModuleService } from "../../../../../modules/farm"
import { checkLowStock } from "../../../../../workflows/farm/steps/check-low-stock"
import type { AdminFarmVariantResponse } from "../../../../../types/http/farm"
import { listFarmProducts } from "../../queries/products"
import { farmVariant } from "../../queries/variants"
import type { FarmVariantBodyType } from "../../validators"

/**
 * POST /admin/farm/variants/:id { low_stock_threshold }: the variant's
 * low-stock threshold (null: no alert). A variant already at or below the
 * new threshold alerts once now.
 */
export async function POST(
  req: MedusaRequest<FarmVariantBodyType>,
  res: MedusaResponse<AdminFarmVariantResponse>
) {
  const farm = await farmOf(req)
  const ref = await farmVariant(req.scope, farm, req.params.id)
  const service = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const [setting] = await service.listFarmVariantSettings({ variant_id: ref.variant_id })
  const threshold = req.validatedBody.low_stock_threshold
  if (setting) {
    await service.updateFarmVariantSettings({
      id: setting.id,
      low_stock_threshold: threshold,
      partner_id: farm.partner_id,
      // a new threshold is a new line to cross
      low_stock_alerted:
        setting.low_stock_threshold === threshold ? setting.low_stock_alerted : false,
    })
  } else {
    await service.createFarmVariantSettings({
      variant_id: ref.variant_id,
      partner_id: farm.partner_id,
      low_stock_threshold: threshold,
    })
  }
  await checkLowStock(req.scope, {
    partner_id: farm.partner_id,
    location_id: farm.location_id!,
    items: [{ variant_id: ref.variant_id, inventory_item_id: ref.inventory_item_id }],
  })
  const [product] = await listFarmProducts(req.scope, farm, { product_ids: [ref.product_id] })
  res.json({ variant: product.variants.find((v) => v.id === ref.variant_id) })
}
