import { model } from "@medusajs/framework/utils"
import { FARM_STOCK_REASONS } from "../../../types/http/farm"

/**
 * One change of a variant's stocked quantity at a farm's location: who made
 * it, when, the quantity before and after, and why. Never updated.
 */
const FarmStockAudit = model
  .define("farm_stock_audit", {
    id: model.id({ prefix: "fsaud" }).primaryKey(),
    partner_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    reason: model.enum([...FARM_STOCK_REASONS]),
    before: model.number(),
    after: model.number(),
    delta: model.number(),
    /** "user" with the user id, or "system" for Medusa's own flows */
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    /** what caused it: a batch, an order's fulfillment, a return */
    reference_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["partner_id", "created_at"] },
    { on: ["variant_id", "created_at"] },
    { on: ["reference_id"] },
  ])

export default FarmStockAudit
