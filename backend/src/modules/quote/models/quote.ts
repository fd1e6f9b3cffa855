import { model } from "@medusajs/framework/utils"
import { QUOTE_SOURCES, QUOTE_STATUSES } from "../../../types/http/quote"

/**
 * A unit's quote request (询价): the lines and recipient copied from the
 * member's cart with the shop's prices then (`list_price`, never from a
 * body), the support team's prices, shipping and terms, and what became of
 * it. The quote places its order from its own cart (`cart_id`, a copy of the
 * member's made when requested), once: `order_id` is unique.
 */
const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quote" }).primaryKey(),
    /** XJ20261201-0007 */
    display_id: model.text(),
    unit_id: model.text(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    message: model.text().nullable(),
    /** QuoteLineRecord[] (workflows/quote/lines.ts) */
    lines: model.json(),
    /** { name, phone, address } */
    recipient: model.json(),
    /** the quote's own cart, copied from the member's when requested (null for a bulk-order quote) */
    cart_id: model.text().nullable(),
    /** the member's cart it was requested from (null for a bulk-order quote) */
    source_cart_id: model.text().nullable(),
    /** the shipping the cart charged when requested (decimal yuan) */
    list_shipping: model.bigNumber(),
    shipping: model.bigNumber().nullable(),
    valid_until: model.dateTime().nullable(),
    delivery_from: model.text().nullable(),
    delivery_to: model.text().nullable(),
    terms: model.text().nullable(),
    requested_by: model.text(),
    quoted_at: model.dateTime().nullable(),
    quoted_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    decline_reason: model.text().nullable(),
    approval_id: model.text().nullable(),
    order_id: model.text().nullable(),
    // --- quotes from a bulk-order file (workflows/quote/bulk/) ---
    /** what it was requested from: a cart, or a bulk-order file's rows */
    source: model.enum([...QUOTE_SOURCES]).default("cart"),
    /** BulkQuoteRecord (workflows/quote/bulk/record.ts): the checked rows, PO number, note */
    bulk: model.json().nullable(),
    /** the bulk order its acceptance created, once */
    bulk_order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["unit_id", "status"] },
    { on: ["display_id"], unique: true },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
    { on: ["status", "created_at"] },
    { on: ["bulk_order_id"], unique: true, where: "bulk_order_id IS NOT NULL" },
  ])

export default Quote
