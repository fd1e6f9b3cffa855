import { model } from "@medusajs/framework/utils"

/**
 * A statement of a unit's aid purchases over a period, as issued: the
 * figures it printed (`content`: towns, partners, orders), the verification
 * code anyone can check, and the fingerprint of the ledger rows it covered
 * (a later refund or correction in the period changes the fingerprint, so
 * the statement is then no longer current). Never edited.
 */
const AidStatement = model
  .define("aid_statement", {
    id: model.id({ prefix: "astmt" }).primaryKey(),
    code: model.text(),
    unit_id: model.text(),
    unit_name: model.text(),
    credit_code: model.text(),
    from_day: model.text(),
    to_day: model.text(),
    total: model.bigNumber(),
    content: model.json(),
    fingerprint: model.text(),
    entry_count: model.number(),
    issued_by: model.enum(["unit", "support"]),
    issued_by_id: model.text().nullable(),
  })
  .indexes([{ on: ["code"], unique: true }, { on: ["unit_id", "created_at"] }])

export default AidStatement
