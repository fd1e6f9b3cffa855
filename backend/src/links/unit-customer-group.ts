import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import UnitModule from "../modules/unit"

/**
 * A verified unit has a Medusa customer group of its own (named after the
 * unit; its members are the group's customers), what unit prices will target
 * with price-list rules. Read-only over the unit's `customer_group_id`.
 */
export default defineLink(
  { linkable: UnitModule.linkable.unit, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
