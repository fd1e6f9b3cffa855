import { model } from "@medusajs/framework/utils"

/**
 * A harvest batch (采收批次): a quantity of one variant harvested on one day
 * and added to the farm's stock. The batch code is unique within the partner.
 */
const FarmBatch = model
  .define("farm_batch", {
    id: model.id({ prefix: "fbatch" }).primaryKey(),
    partner_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    batch_code: model.text(),
    /** China-time day of the harvest, YYYY-MM-DD */
    harvested_on: model.text(),
    quantity: model.number(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["partner_id", "batch_code"], unique: true }, { on: ["variant_id"] }])

export default FarmBatch
