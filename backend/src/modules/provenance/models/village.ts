import { model } from "@medusajs/framework/utils"
import Town from "./town"
import Partner from "./partner"

/** An administrative village (行政村) within a town. */
const Village = model
  .define("village", {
    id: model.id({ prefix: "vlg" }).primaryKey(),
    name: model.text(),
    town: model.belongsTo(() => Town, { mappedBy: "villages" }),
    partners: model.hasMany(() => Partner, { mappedBy: "village" }),
  })
  .indexes([
    {
      on: ["town_id", "name"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default Village
