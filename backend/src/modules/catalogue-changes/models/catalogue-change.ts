import { model } from "@medusajs/framework/utils"

/**
 * One stripe of the catalogue's version (repositories/catalogue-change.ts):
 * every committed transaction that writes a table the store's product answers
 * are read from gives one stripe a new random token, so the stripes' tokens
 * together change with every such commit. Sixteen stripes keep concurrent commits from
 * waiting on one row.
 */
const CatalogueChange = model.define("catalogue_change", {
  id: model.id().primaryKey(),
  token: model.text(),
})

export default CatalogueChange
