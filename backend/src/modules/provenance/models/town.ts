import { model } from "@medusajs/framework/utils"
import Partner from "./partner"
import Village from "./village"

/** A town (镇) of Meixian District whose produce the shop sells. */
const Town = model
  .define("town", {
    id: model.id({ prefix: "town" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    name_pinyin: model.text(),
    district: model.text().default("梅县区"),
    summary: model.text().nullable(),
    description: model.text().nullable(),
    specialties: model.array().nullable(),
    rank: model.number().default(0),
    villages: model.hasMany(() => Village, { mappedBy: "town" }),
    partners: model.hasMany(() => Partner, { mappedBy: "town" }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["villages"] })

export default Town
