import { model } from "@medusajs/framework/utils"

/**
 * A catalogue change the storefront has not been told of yet
 * (repositories/catalogue-change.ts): the deferred triggers that renew the
 * version also note, at the commit of each change, which product data it
 * touched, once per key: `product:<id>`, `variant:<id>`, `price:<id>`,
 * `price_set:<id>`, `inventory_item:<id>`, or `all` for a table whose rows
 * name no product (a price list, a town, a category). The storefront's
 * revalidation takes them (subscribers/storefront-revalidate.ts, for what its
 * events named; the worker's minute job for the rest: writes that sent no
 * event).
 */
const CatalogueChangePending = model.define("catalogue_change_pending", {
  /** `<kind>:<key>`, or `all` */
  id: model.id().primaryKey(),
  kind: model.text(),
  key: model.text().nullable(),
})

export default CatalogueChangePending
