import { model } from "@medusajs/framework/utils"

/**
 * A catalogue change the storefront has not been told of yet
 * (repositories/catalogue-change.ts): the deferred triggers that renew the
 * version also note, at the commit of each change, which product data it
 * touched, a row per row written: its kind (`product`, `variant`, `price`,
 * `price_set`, `inventory_item`) and key, or `all` (once per transaction)
 * for a table whose rows name no product (a price list, a town, a
 * category). Appended only (a serial id, no unique key), so that concurrent
 * commits never wait on each other. The storefront's
 * revalidation takes them (subscribers/storefront-revalidate.ts, for what its
 * events named; the worker's minute job for the rest: writes that sent no
 * event).
 */
const CatalogueChangePending = model.define("catalogue_change_pending", {
  id: model.autoincrement().primaryKey(),
  kind: model.text(),
  key: model.text().nullable(),
})

export default CatalogueChangePending
