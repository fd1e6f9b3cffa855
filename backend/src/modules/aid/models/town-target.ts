import { model } from "@medusajs/framework/utils"

/** 帮扶销售目标: the aid sales a town should reach in a calendar year. */
const AidTownTarget = model
  .define("aid_town_target", {
    id: model.id({ prefix: "aidtgt" }).primaryKey(),
    town_id: model.text(),
    year: model.number(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["town_id", "year"], unique: true }])

export default AidTownTarget
