import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BulkOrderModule from "../modules/bulk-order"

/**
 * A bulk order groups one Medusa order per recipient parcel (each order also
 * carries `metadata.bulk_order_id`); an order belongs to one bulk order at most.
 */
export default defineLink(BulkOrderModule.linkable.bulkOrder, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
