import { model } from "@medusajs/framework/utils"
import { BULK_ORDER_STATUSES } from "../../../types/http/bulk-order"

/**
 * 批量订单: what a unit's 采购员 submitted from a spreadsheet, grouping one
 * Medusa order per recipient parcel (link bulk_order ↔ order) and paid with
 * one bank transfer: its `reference` (`MB…`, on the 附言) and `amount` (the
 * sum of its orders' totals). Unpaid past `payment_deadline`, it is cancelled
 * with all its orders. Once its remittance is matched it is `paying` while
 * the worker captures its orders in batches (workflows/bulk-order/payment/),
 * then `paid`.
 */
const BulkOrder = model
  .define("bulk_order", {
    id: model.id({ prefix: "bulkord" }).primaryKey(),
    unit_id: model.text(),
    /** the member (customer) who submitted it */
    customer_id: model.text(),
    /** the bank-transfer reference written on the 附言 */
    reference: model.text(),
    /** decimal yuan, exact to the fen: every order's total */
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    status: model.enum([...BULK_ORDER_STATUSES]).default("awaiting_payment"),
    payment_deadline: model.dateTime(),
    po_number: model.text().nullable(),
    note: model.text().nullable(),
    /** how many orders (parcels) it groups */
    parcels: model.number(),
    paid_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    /**
     * The remittance that pays it (payer, China day, receipt note, who
     * recorded it), kept while `paying` so the background capture (and a
     * resumed one after a restart) writes the receipts as the request would.
     */
    payment_info: model.json().nullable(),
    /** `paying`: when the remittance was applied */
    paying_since: model.dateTime().nullable(),
    /** parcels whose payment is captured */
    captured_parcels: model.number().default(0),
    /** background runs in a row that failed to capture some parcel, and the last error */
    payment_failures: model.number().default(0),
    payment_error: model.text().nullable(),
  })
  .indexes([
    { on: ["reference"], unique: true },
    { on: ["unit_id", "created_at"] },
    { on: ["status", "payment_deadline"] },
  ])

export default BulkOrder
