import { defineLink } from "@medusajs/framework/utils"
import BulkOrderModule from "../modules/bulk-order"
import UnitModule from "../modules/unit"

/** The unit a bulk order was placed for. Read-only over the bulk order's `unit_id`. */
export default defineLink(
  { linkable: BulkOrderModule.linkable.bulkOrder, field: "unit_id" },
  UnitModule.linkable.unit,
  { readOnly: true }
)
