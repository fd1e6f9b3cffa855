import { model } from "@medusajs/framework/utils"
import { UNIT_QUOTA_BASES } from "../../../types/http/unit-report"

/**
 * A unit's aid target for one China year: an amount, or an allowance per
 * member × headcount (`amount` is then their product, exact to the fen).
 * One per unit and year; `updated_by` is the customer or admin user who set it.
 */
const AidQuota = model
  .define("aid_quota", {
    id: model.id({ prefix: "aquota" }).primaryKey(),
    unit_id: model.text(),
    year: model.number(),
    basis: model.enum([...UNIT_QUOTA_BASES]),
    amount: model.bigNumber(),
    per_member: model.bigNumber().nullable(),
    headcount: model.number().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["unit_id", "year"], unique: true }, { on: ["year"] }])

export default AidQuota
