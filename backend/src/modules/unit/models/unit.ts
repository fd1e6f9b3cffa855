import { model } from "@medusajs/framework/utils"
import { UNIT_KINDS, UNIT_STATUSES } from "../../../types/http/unit"
import UnitMember from "./unit-member"

/**
 * A unit purchaser (单位客户): an agency, institution, state firm, union or
 * company that buys for its canteen or its staff. Its credit code is unique;
 * it applies as `pending` and becomes `verified` when the support team checks
 * it (then it has a customer group of its own), or `disabled`.
 */
const Unit = model
  .define("unit", {
    id: model.id({ prefix: "unit" }).primaryKey(),
    name: model.text().searchable(),
    kind: model.enum([...UNIT_KINDS]),
    /** 统一社会信用代码, normalized (upper case, no spaces) */
    credit_code: model.text().searchable(),
    /** UnitInvoice: type, title, tax_id, registered address and phone, bank and account */
    invoice: model.json(),
    /** UnitContact[] */
    contacts: model.json(),
    headcount: model.number().nullable(),
    status: model.enum([...UNIT_STATUSES]).default("pending"),
    verified_at: model.dateTime().nullable(),
    /** the admin user who verified it */
    verified_by: model.text().nullable(),
    /** why it was disabled */
    reason: model.text().nullable(),
    /** the unit's Medusa customer group, created when it is first verified */
    customer_group_id: model.text().nullable(),
    /** the unit's negotiated price list (协议价), ruled on its customer group; created with its first price */
    price_list_id: model.text().nullable(),
    /** approval policy (审批): an order or bulk order over this amount needs approval (decimal yuan) */
    approval_order_over: model.bigNumber().nullable(),
    /** approval policy: a purchase taking the China month's spending over this amount needs approval */
    approval_month_over: model.bigNumber().nullable(),
    /** who created it: a customer (applied from the storefront) or an admin user */
    created_by: model.text().nullable(),
    members: model.hasMany(() => UnitMember, { mappedBy: "unit" }),
  })
  .cascades({ delete: ["members"] })
  .indexes([
    { on: ["credit_code"], unique: true },
    { on: ["status"] },
    { on: ["kind"] },
    { on: ["customer_group_id"] },
  ])

export default Unit
