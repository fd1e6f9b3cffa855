import { model } from "@medusajs/framework/utils"

/**
 * A farm's settings for one variant: the low-stock threshold (available
 * units at or below it raise one alert) and whether the alert for the
 * current crossing has been sent.
 */
const FarmVariantSetting = model
  .define("farm_variant_setting", {
    id: model.id({ prefix: "fvset" }).primaryKey(),
    variant_id: model.text(),
    partner_id: model.text(),
    low_stock_threshold: model.number().nullable(),
    low_stock_alerted: model.boolean().default(false),
  })
  .indexes([{ on: ["variant_id"], unique: true }, { on: ["partner_id"] }])

export default FarmVariantSetting
