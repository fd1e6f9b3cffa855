import { model } from "@medusajs/framework/utils"
import { AID_BUYER_KINDS, AID_ENTRY_KINDS } from "../../../types/http/aid"

/**
 * One line of the aid ledger: what one order line contributed to (or took back
 * from) a partner and its town. Entries are never updated; a correction is
 * another entry. `entry_key` is the natural key (source fact + line item) that
 * makes every write exactly-once.
 */
const AidEntry = model
  .define("aid_entry", {
    id: model.id({ prefix: "aident" }).primaryKey(),
    entry_key: model.text(),
    kind: model.enum([...AID_ENTRY_KINDS]),
    source_id: model.text(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text().nullable(),
    variant_title: model.text().nullable(),
    partner_id: model.text().nullable(),
    town_id: model.text().nullable(),
    quantity: model.number(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    buyer_kind: model.enum([...AID_BUYER_KINDS]),
    unit_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    day: model.text(),
  })
  .indexes([
    { on: ["entry_key"], unique: true },
    { on: ["order_id"] },
    { on: ["town_id", "day"] },
    { on: ["partner_id", "day"] },
    { on: ["day"] },
  ])

export default AidEntry
