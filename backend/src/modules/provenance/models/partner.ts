import { model } from "@medusajs/framework/utils"
import Town from "./town"
import Village from "./village"
import { type Certificate, PARTNER_KINDS } from "../../../shared/provenance"

/**
 * A producer the shop buys from: a farm, a cooperative, an enterprise or a
 * household farm (家庭农场). Every partner belongs to exactly one town.
 */
const Partner = model.define("partner", {
  id: model.id({ prefix: "ptnr" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  kind: model.enum([...PARTNER_KINDS]),
  town: model.belongsTo(() => Town, { mappedBy: "partners" }),
  village: model.belongsTo(() => Village, { mappedBy: "partners" }).nullable(),
  address: model.text().nullable(),
  contact_name: model.text().nullable(),
  contact_phone: model.text().nullable(),
  households_involved: model.number().default(0),
  certificates: model.json<Certificate[]>().nullable(),
  summary: model.text().nullable(),
  story: model.text().nullable(),
  main_products: model.text().nullable(),
  is_active: model.boolean().default(true),
  metadata: model.json().nullable(),
})

export default Partner
