import { model } from "@medusajs/framework/utils"
import { UNIT_MEMBER_ROLES } from "../../../types/http/unit"
import Unit from "./unit"

/**
 * A customer's membership of a unit, with the role it acts in: 管理员
 * (members and settings), 采购员 (orders) or 财务 (payments, statements).
 * A customer belongs to at most one unit.
 */
const UnitMember = model
  .define("unit_member", {
    id: model.id({ prefix: "umem" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...UNIT_MEMBER_ROLES]),
    /** who added the member: a customer (the unit's 管理员) or an admin user */
    created_by: model.text().nullable(),
    unit: model.belongsTo(() => Unit, { mappedBy: "members" }),
  })
  .indexes([{ on: ["customer_id"], unique: true }, { on: ["unit_id", "role"] }])

export default UnitMember
